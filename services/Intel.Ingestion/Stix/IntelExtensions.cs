using System.Text.Json.Nodes;

namespace Intel.Ingestion.Stix;

/// <summary>
/// What STIX lacks, published as STIX extension-definitions that the platform serves under
/// <c>/stix/extension-definitions/</c>: our grading and releasability on every exported object, the fields of
/// our entities STIX has no property for, and object types STIX has none for.
/// </summary>
public static class IntelExtensions
{
    public static readonly DateTimeOffset Published = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly JsonObject Platform = Identity("Intel platform", "system");

    public static readonly Extension Grading = new("intel-grading", "property-extension",
        "UK 3x5x2 grading of the report the object comes from: source (1-3), intelligence (A-E), handling (P or C) and, with C, its conditions.",
        "source, intelligence, handling, conditions");

    public static readonly Extension Releasability = new("intel-releasability", "property-extension",
        "Who may see the object: the originating agency and the agencies the report is released to (\"*\": every partner).",
        "originator, releasable_to");

    public static readonly Extension Entity = new("intel-entity", "property-extension",
        "The fields of our reports and entities that their STIX type has no property for: an entity's report-local ref, "
        + "a report's observed_at (when the observation took place) and location_ref (the location where it took place).",
        "ref, observed_at, location_ref, aliases, date_of_birth, nationality, gender, country, url, provider, kind, registration_number");

    public static readonly Extension IdentityDocument = new("identity-document", "new-sco",
        "A passport, national id, residence permit, visa or driving licence; id from issuing_country and number (else mrz).",
        "document_type, number, issuing_country, mrz, suspected_forgery");

    public static readonly Extension Vessel = new("vessel", "new-sco",
        "A boat; id from hull_id (else name).", "hull_id, name, description");

    public static readonly Extension OutboardEngine = new("outboard-engine", "new-sco",
        "An outboard motor; id from make and serial (else model).", "make, model, serial");

    public static readonly Extension HawalaAccount = new("hawala-account", "new-sco",
        "An account with a hawala or money-transfer provider; id from provider and number.", "provider, number, kind");

    public static readonly Extension Vehicle = new("vehicle", "new-sco",
        "A road vehicle; id from vin (else country and plate).", "plate, country, vin");

    public static readonly IReadOnlyList<Extension> All =
        [Grading, Releasability, Entity, IdentityDocument, Vessel, OutboardEngine, HawalaAccount, Vehicle];

    public static JsonObject Identity(string name, string identityClass) => new()
    {
        ["type"] = "identity",
        ["spec_version"] = "2.1",
        ["id"] = StixIds.For("identity", new JsonObject { ["name"] = StixIds.NameKey(name), ["identity_class"] = identityClass }),
        ["created"] = StixTime.Text(Published),
        ["modified"] = StixTime.Text(Published),
        ["name"] = name,
        ["identity_class"] = identityClass,
    };

    /// <summary>One extension-definition; its id is derived from its name, so it never changes.</summary>
    public sealed record Extension(string Name, string Type, string Description, string Properties)
    {
        public string Id { get; } = StixIds.For("extension-definition", new JsonObject { ["name"] = Name });

        public JsonObject Definition() => new()
        {
            ["type"] = "extension-definition",
            ["spec_version"] = "2.1",
            ["id"] = Id,
            ["created_by_ref"] = Platform["id"]!.GetValue<string>(),
            ["created"] = StixTime.Text(Published),
            ["modified"] = StixTime.Text(Published),
            ["name"] = Name,
            ["description"] = Description,
            ["schema"] = $"{Description} Properties: {Properties}.",
            ["version"] = "1.0.0",
            ["extension_types"] = new JsonArray(Type),
        };

        /// <summary>The entry an object carries in its <c>extensions</c>, with the extension's own properties.</summary>
        public JsonObject Use(JsonObject? properties = null)
        {
            var entry = new JsonObject { ["extension_type"] = Type };
            foreach (var (name, value) in properties ?? [])
            {
                entry[name] = value?.DeepClone();
            }
            return entry;
        }
    }
}
