namespace Intel.Ingestion.Misp;

/// <summary>How a MISP object template becomes one of our entities: its type, fixed fields, and which relation fills which field.</summary>
internal sealed record MispTemplate(string Entity, IReadOnlyDictionary<string, string> Fields, params (string Name, string Value)[] Fixed);

/// <summary>
/// The MISP object templates and attribute types the platform understands. Relations of an object that name another
/// kind of entity (a person's passport number or phone) become that entity, linked to the object's own.
/// </summary>
internal static class MispTemplates
{
    public static readonly IReadOnlyDictionary<string, MispTemplate> Objects = new Dictionary<string, MispTemplate>(StringComparer.Ordinal)
    {
        ["person"] = new("person", Map(("full-name", "name"), ("first-name", "name"), ("middle-name", "name"), ("last-name", "name"),
            ("nationality", "nationality"), ("date-of-birth", "dateOfBirth"), ("gender", "gender"), ("alias", "aliases"))),
        ["passport"] = new("document", Map(("passport-number", "number"), ("passport-country", "issuingCountry")), ("documentType", "passport")),
        ["phone"] = new("phone", Map(("phone-number", "number"), ("msisdn", "number"))),
        ["phone-number"] = new("phone", Map(("phone-number", "number"))),
        ["identity-document"] = new("document", Map(("document-type", "documentType"), ("document-number", "number"), ("issuing-country", "issuingCountry"),
            ("mrz", "mrz"), ("suspected-forgery", "suspectedForgery"))),
        ["vessel"] = new("vessel", Map(("hull-id", "hullId"), ("name", "name"), ("description", "description"))),
        ["outboard-engine"] = new("engine", Map(("make", "make"), ("model", "model"), ("serial-number", "serial"))),
        ["vehicle"] = new("vehicle", Map(("license-plate-number", "plate"), ("vin", "vin"))),
        ["bank-account"] = new("account", Map(("iban", "iban"), ("account", "number"), ("institution-name", "provider")), ("kind", "bank")),
        ["user-account"] = new("social", Map(("username", "handle"), ("user-id", "handle"), ("account-type", "platform"), ("link", "url"))),
        ["social-media"] = new("social", Map(("username", "handle"), ("account-name", "handle"), ("account-id", "handle"), ("link", "url"), ("url", "url"), ("platform", "platform"))),
        ["gitlab-user"] = new("social", Map(("username", "handle")), ("platform", "gitlab")),
        ["telegram-account"] = new("social", Map(("username", "handle")), ("platform", "telegram")),
        ["geolocation"] = new("location", Map(("city", "name"), ("address", "name"), ("countrycode", "country"), ("latitude", "lat"), ("longitude", "lon"))),
        ["organization"] = new("organisation", Map(("name", "name"), ("alias", "aliases"))),
        ["organisation"] = new("organisation", Map(("name", "name"), ("alias", "aliases"))),
        ["identity"] = new("organisation", Map(("name", "name"))),
    };

    /// <summary>Attribute types (or, inside an object, relations) that are an entity of their own: the entity, its field, fixed fields, the link from the object.</summary>
    public static readonly IReadOnlyDictionary<string, (string Entity, string Field, (string, string)[] Fixed, string Link)> Attributes =
        new Dictionary<string, (string, string, (string, string)[], string)>(StringComparer.Ordinal)
        {
            ["phone-number"] = ("phone", "number", [], "uses"),
            ["phone"] = ("phone", "number", [], "uses"),
            ["passport-number"] = ("document", "number", [("documentType", "passport")], "holds"),
            ["iban"] = ("account", "iban", [("kind", "bank")], "holds"),
            ["btc"] = ("account", "number", [("kind", "crypto")], "holds"),
            ["email"] = ("email", "address", [], "uses"),
            ["e-mail"] = ("email", "address", [], "uses"),
            ["email-src"] = ("email", "address", [], "uses"),
            ["email-dst"] = ("email", "address", [], "uses"),
            ["target-email"] = ("email", "address", [], "uses"),
        };

    private static Dictionary<string, string> Map(params (string Relation, string Field)[] pairs) =>
        pairs.ToDictionary(p => p.Relation, p => p.Field, StringComparer.Ordinal);
}
