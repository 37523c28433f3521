using Intel.Contracts.Reports.V1;
namespace Intel.Ingestion.Reports;

internal enum FieldKind
{
    Text,
    TextList,
    Boolean,
    Latitude,
    Longitude,
}

/// <summary>One field an entity type may carry, with its JSON kind, length limit and format.</summary>
internal sealed record EntityField(string Name, FieldKind Kind, TextRule Rule, TextFormat? Format = null)
{
    public static EntityField Text(string name, TextFormat? format = null, int maxLength = 500) =>
        new(name, FieldKind.Text, new TextRule(maxLength), format);

    public static EntityField Of(string name, FieldKind kind) => new(name, kind, TextRule.Default);
}

/// <summary>
/// An entity type: its fields (besides <c>ref</c> and <c>type</c>) and the groups of fields that identify it;
/// an entity needs every field of at least one group.
/// </summary>
internal sealed class EntityType
{
    public EntityType(string name, string[][] identifying, params EntityField[] fields)
    {
        Name = name;
        Identifying = identifying;
        Fields = fields;
        AllowedFields = new HashSet<string>(fields.Select(f => f.Name).Append("ref").Append("type"), StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<EntityField> Fields { get; }

    public IReadOnlyList<string[]> Identifying { get; }

    public IReadOnlySet<string> AllowedFields { get; }

    public string IdentifyingMessage => Identifying.Count == 1
        ? string.Join(" and ", Identifying[0]) + " is required."
        : "At least one of " + string.Join(", ", Identifying.Select(g => string.Join("+", g))) + " is required.";
}

/// <summary>The entity types of API.md and the fields each may carry.</summary>
internal static class EntityRules
{
    public const int MaxAliases = 50;

    public static readonly IReadOnlyList<EntityType> Types =
    [
        new("person", [["name"], ["aliases"]],
            EntityField.Text("name"),
            EntityField.Of("aliases", FieldKind.TextList),
            EntityField.Text("dateOfBirth", FieldFormats.DateOfBirth),
            EntityField.Text("nationality", FieldFormats.Alpha3Country),
            EntityField.Text("gender", FieldFormats.OneOf("male", "female", "other", "unknown"))),
        new("phone", [["number"]],
            EntityField.Text("number", FieldFormats.PhoneNumber, maxLength: 40),
            EntityField.Text("country", FieldFormats.Alpha2Country)),
        new("email", [["address"]],
            EntityField.Text("address", FieldFormats.EmailAddress, maxLength: 254)),
        new("document", [["number"], ["mrz"]],
            EntityField.Text("documentType", FieldFormats.OneOf(
                "passport", "national-id", "residence-permit", "visa", "driving-licence", "other")),
            EntityField.Text("number", FieldFormats.DocumentNumber, maxLength: 30),
            EntityField.Text("issuingCountry", FieldFormats.DocumentIssuer),
            new EntityField("mrz", FieldKind.Text, new TextRule(200, AllowLineBreaks: true)),
            EntityField.Of("suspectedForgery", FieldKind.Boolean)),
        new("social", [["handle"], ["url"]],
            EntityField.Text("platform", FieldFormats.LowerCase, maxLength: 50),
            EntityField.Text("handle"),
            EntityField.Text("url", FieldFormats.HttpUrl)),
        new("vessel", [["hullId"], ["name"]],
            EntityField.Text("hullId"),
            EntityField.Text("name"),
            EntityField.Text("description")),
        new("engine", [["serial"]],
            EntityField.Text("make"),
            EntityField.Text("model"),
            EntityField.Text("serial")),
        new("account", [["iban"], ["number"]],
            EntityField.Text("iban", FieldFormats.Iban, maxLength: 42),
            EntityField.Text("number"),
            EntityField.Text("provider"),
            EntityField.Text("kind", FieldFormats.OneOf("bank", "hawala", "money-transfer", "crypto"))),
        new("vehicle", [["plate"], ["vin"]],
            EntityField.Text("plate"),
            EntityField.Text("country", FieldFormats.Alpha2Country),
            EntityField.Text("vin")),
        new("organisation", [["name"]],
            EntityField.Text("name")),
        new("location", [["name"], ["lat", "lon"]],
            EntityField.Text("name"),
            EntityField.Text("country", FieldFormats.Alpha2Country),
            EntityField.Of("lat", FieldKind.Latitude),
            EntityField.Of("lon", FieldKind.Longitude)),
    ];

    public static readonly IReadOnlyDictionary<string, EntityType> ByName =
        Types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Every field some type allows: what is checked when the entity's own type is not known.</summary>
    public static readonly IReadOnlySet<string> AnyTypeFields =
        new HashSet<string>(Types.SelectMany(t => t.AllowedFields), StringComparer.Ordinal);

    public static readonly TextFormat TypeFormat = FieldFormats.OneOf([.. Types.Select(t => t.Name)]);
}
