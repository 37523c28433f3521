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
internal sealed record EntityFieldRule(string Name, FieldKind Kind, TextRule Rule, TextFormat? Format = null)
{
    public static EntityFieldRule Text(string name, TextFormat? format = null, int maxLength = 500) =>
        new(name, FieldKind.Text, new TextRule(maxLength), format);

    public static EntityFieldRule Of(string name, FieldKind kind) => new(name, kind, TextRule.Default);
}

/// <summary>
/// An entity type: its fields (besides <c>ref</c> and <c>type</c>) and the groups of fields that identify it;
/// an entity needs every field of at least one group.
/// </summary>
internal sealed class EntityTypeRule
{
    public EntityTypeRule(string name, string[][] identifying, params EntityFieldRule[] fields)
    {
        Name = name;
        Identifying = identifying;
        Fields = fields;
        AllowedFields = new HashSet<string>(fields.Select(f => f.Name).Append("ref").Append("type"), StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<EntityFieldRule> Fields { get; }

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

    public static readonly IReadOnlyList<EntityTypeRule> Types =
    [
        new("person", [["name"], ["aliases"]],
            EntityFieldRule.Text("name"),
            EntityFieldRule.Of("aliases", FieldKind.TextList),
            EntityFieldRule.Text("dateOfBirth", FieldFormats.DateOfBirth),
            EntityFieldRule.Text("nationality", FieldFormats.Alpha3Country),
            EntityFieldRule.Text("gender", FieldFormats.OneOf("male", "female", "other", "unknown"))),
        new("phone", [["number"]],
            EntityFieldRule.Text("number", FieldFormats.PhoneNumber, maxLength: 40),
            EntityFieldRule.Text("country", FieldFormats.Alpha2Country)),
        new("email", [["address"]],
            EntityFieldRule.Text("address", FieldFormats.EmailAddress, maxLength: 254)),
        new("document", [["number"], ["mrz"]],
            EntityFieldRule.Text("documentType", FieldFormats.OneOf(
                "passport", "national-id", "residence-permit", "visa", "driving-licence", "other")),
            EntityFieldRule.Text("number", FieldFormats.DocumentNumber, maxLength: 30),
            EntityFieldRule.Text("issuingCountry", FieldFormats.DocumentIssuer),
            new EntityFieldRule("mrz", FieldKind.Text, new TextRule(200, AllowLineBreaks: true)),
            EntityFieldRule.Of("suspectedForgery", FieldKind.Boolean)),
        new("social", [["handle"], ["url"]],
            EntityFieldRule.Text("platform", FieldFormats.LowerCase, maxLength: 50),
            EntityFieldRule.Text("handle"),
            EntityFieldRule.Text("url", FieldFormats.HttpUrl)),
        new("vessel", [["hullId"], ["name"]],
            EntityFieldRule.Text("hullId"),
            EntityFieldRule.Text("name"),
            EntityFieldRule.Text("description")),
        new("engine", [["serial"]],
            EntityFieldRule.Text("make"),
            EntityFieldRule.Text("model"),
            EntityFieldRule.Text("serial")),
        new("account", [["iban"], ["number"]],
            EntityFieldRule.Text("iban", FieldFormats.Iban, maxLength: 42),
            EntityFieldRule.Text("number"),
            EntityFieldRule.Text("provider"),
            EntityFieldRule.Text("kind", FieldFormats.OneOf("bank", "hawala", "money-transfer", "crypto"))),
        new("vehicle", [["plate"], ["vin"]],
            EntityFieldRule.Text("plate"),
            EntityFieldRule.Text("country", FieldFormats.Alpha2Country),
            EntityFieldRule.Text("vin")),
        new("organisation", [["name"]],
            EntityFieldRule.Text("name"),
            EntityFieldRule.Of("aliases", FieldKind.TextList),
            EntityFieldRule.Text("registrationNumber", FieldFormats.RegistrationNumber, maxLength: 50),
            EntityFieldRule.Text("country", FieldFormats.Alpha2Country)),
        new("location", [["name"], ["lat", "lon"]],
            EntityFieldRule.Text("name"),
            EntityFieldRule.Text("country", FieldFormats.Alpha2Country),
            EntityFieldRule.Of("lat", FieldKind.Latitude),
            EntityFieldRule.Of("lon", FieldKind.Longitude)),
    ];

    public static readonly IReadOnlyDictionary<string, EntityTypeRule> ByName =
        Types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Every field some type allows: what is checked when the entity's own type is not known.</summary>
    public static readonly IReadOnlySet<string> AnyTypeFields =
        new HashSet<string>(Types.SelectMany(t => t.AllowedFields), StringComparer.Ordinal);

    public static readonly TextFormat TypeFormat = FieldFormats.OneOf([.. Types.Select(t => t.Name)]);
}
