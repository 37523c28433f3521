using System.Text.Json.Nodes;

namespace Intel.Ingestion.Misp.Definitions;

/// <summary>One relation of a MISP object template: its attribute type, and for our own templates its description and place.</summary>
public sealed record TemplateRelation(string Name, string MispAttribute, string Description = "", int UiPriority = 0);

/// <summary>A MISP object template the feed fills: MISP's own (name, uuid, version) or one of ours, which the platform publishes.</summary>
public sealed record ObjectTemplate(string Name, string MetaCategory, Guid Uuid, int Version, string Description = "",
    IReadOnlyList<TemplateRelation>? Relations = null, IReadOnlyList<string>? RequiredOneOf = null)
{
    public TemplateRelation Relation(string name) => Relations?.SingleOrDefault(r => r.Name == name) ?? new(name, "text");

    /// <summary>The template as MISP's <c>definition.json</c>.</summary>
    public JsonObject Definition() => new()
    {
        ["name"] = Name,
        ["meta-category"] = MetaCategory,
        ["description"] = Description,
        ["version"] = Version,
        ["uuid"] = Uuid.ToString(),
        ["requiredOneOf"] = new JsonArray([.. (RequiredOneOf ?? []).Select(r => (JsonNode)r)]),
        ["attributes"] = new JsonObject((Relations ?? []).Select(r => KeyValuePair.Create(r.Name, (JsonNode?)new JsonObject
        {
            ["description"] = r.Description,
            ["misp-attribute"] = r.MispAttribute,
            ["ui-priority"] = r.UiPriority,
        }))),
    };
}

/// <summary>
/// The object templates of the feed. MISP has templates for people, phone numbers, bank and user accounts, places,
/// organisations and vehicles, which the feed uses as they are. It has none for an identity document with its MRZ
/// (only FollowTheMoney's ftm-Passport, without MRZ or other document types), a small boat known by its hull id (its
/// ais is for ships with an MMSI, ftm-Vessel for registered ships with IMO numbers) or an outboard engine: those are ours.
/// </summary>
public static class ObjectTemplates
{
    public static readonly ObjectTemplate Person = new("person", "misc", new("a15b0477-e9d1-4b9c-9546-abe78a4f4248"), 21);
    public static readonly ObjectTemplate PhoneNumber = new("phone-number", "mobile", new("c4b5a67c-63d2-11ec-90d6-0242ac120003"), 1);
    public static readonly ObjectTemplate BankAccount = new("bank-account", "financial", new("b4712203-95a8-4883-80e9-b566f5df11c9"), 3);
    public static readonly ObjectTemplate UserAccount = new("user-account", "misc", new("49606b06-22f0-4ac8-8eee-2f12ad46f3d3"), 6);
    public static readonly ObjectTemplate Geolocation = new("geolocation", "misc", new("cd6f2238-ba55-4888-82c4-104e6e1acf21"), 8);
    public static readonly ObjectTemplate Organization = new("organization", "misc", new("f750e12b-127a-432c-b022-b3f9153c4e2a"), 9);
    public static readonly ObjectTemplate Vehicle = new("vehicle", "misc", new("683c076c-f695-4ff2-8efa-e98a418049f4"), 5);

    public static readonly ObjectTemplate IdentityDocument = new("identity-document", "misc", new("c06c1380-4e25-458e-931b-b6c825724b63"), 1,
        "An identity or travel document (passport, national identity card, residence permit, visa, driving licence) with its machine-readable zone, as the Intel platform reports it.",
        [
            new("document-type", "text", "Kind of document: passport, national-id, residence-permit, visa, driving-licence or other.", 5),
            new("document-number", "text", "Number of the document as printed on it.", 10),
            new("issuing-country", "text", "ISO 3166-1 alpha-3 code of the issuing state (or ICAO code such as D or GBD).", 8),
            new("mrz", "text", "Machine-readable zone, its lines separated by line breaks.", 9),
            new("suspected-forgery", "boolean", "The document is suspected to be forged or fraudulently obtained.", 3),
        ],
        ["document-number", "mrz"]);

    public static readonly ObjectTemplate Vessel = new("vessel", "misc", new("be46dfcd-07b1-4cc7-b960-a0209b865916"), 1,
        "A boat or small vessel used in a crossing, known by its hull identification number or its name; for ships with an MMSI or IMO number use ais.",
        [
            new("hull-id", "text", "Hull identification number (HIN/CIN), e.g. FR-ABC12345D404.", 10),
            new("name", "text", "Name painted on the vessel.", 8),
            new("description", "text", "What the vessel looks like: type, length, colour, markings.", 3),
        ],
        ["hull-id", "name"]);

    public static readonly ObjectTemplate OutboardEngine = new("outboard-engine", "misc", new("930e520f-9003-4810-ac84-0a0cd6144083"), 1,
        "An outboard engine, known by its maker's serial number, as seized on or traced to a boat.",
        [
            new("make", "text", "Maker of the engine, e.g. Yamaha.", 6),
            new("model", "text", "Model of the engine, e.g. 40HP.", 4),
            new("serial-number", "text", "Maker's serial number of the engine.", 10),
        ],
        ["serial-number"]);

    /// <summary>The templates the platform publishes at <c>/misp/objects/{name}/definition.json</c>.</summary>
    public static readonly IReadOnlyList<ObjectTemplate> Ours = [IdentityDocument, Vessel, OutboardEngine];
}
