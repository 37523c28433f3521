using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// A STIX object as one of our entities: the inverse of <see cref="EntityObjects"/>, for OpenCTI's and STIX's shapes
/// and our own extension types. Null when the platform has no entity for the object's type.
/// </summary>
public static class EntityImport
{
    public static JsonObject? For(JsonObject stix, string entityRef)
    {
        var type = Text(stix, "type");
        var extra = stix["extensions"]?[IntelExtensions.Entity.Id] as JsonObject;
        JsonObject? entity = type switch
        {
            "identity" when Text(stix, "identity_class") is "individual" => Fields(("type", "person"), ("name", Text(stix, "name")),
                ("dateOfBirth", Text(extra, "date_of_birth")), ("nationality", Text(extra, "nationality")), ("gender", Text(extra, "gender"))),
            "identity" when Text(stix, "identity_class") is "organization" or "group" => Fields(("type", "organisation"), ("name", Text(stix, "name")),
                ("registrationNumber", Text(extra, "registration_number")), ("country", Text(extra, "country"))),
            "phone-number" => Fields(("type", "phone"), ("number", Text(stix, "value")), ("country", Text(extra, "country"))),
            "email-addr" => Fields(("type", "email"), ("address", Text(stix, "value"))),
            "user-account" => Fields(("type", "social"), ("platform", Text(stix, "account_type")),
                ("handle", Text(stix, "account_login") ?? Text(stix, "user_id")), ("url", Text(extra, "url"))),
            "bank-account" => Fields(("type", "account"), ("kind", Text(extra, "kind") ?? "bank"), ("iban", Text(stix, "iban")),
                ("number", Text(stix, "account_number")), ("provider", Text(extra, "provider"))),
            "cryptocurrency-wallet" => Fields(("type", "account"), ("kind", "crypto"), ("number", Text(stix, "value")), ("provider", Text(extra, "provider"))),
            "hawala-account" => Fields(("type", "account"), ("kind", Text(stix, "kind") ?? "hawala"), ("provider", Text(stix, "provider")),
                ("number", Text(stix, "number"))),
            "identity-document" => Fields(("type", "document"), ("documentType", Text(stix, "document_type")), ("number", Text(stix, "number")),
                ("issuingCountry", Text(stix, "issuing_country")), ("mrz", Text(stix, "mrz"))),
            "vessel" => Fields(("type", "vessel"), ("hullId", Text(stix, "hull_id")), ("name", Text(stix, "name")), ("description", Text(stix, "description"))),
            "outboard-engine" => Fields(("type", "engine"), ("make", Text(stix, "make")), ("model", Text(stix, "model")), ("serial", Text(stix, "serial"))),
            "vehicle" => Fields(("type", "vehicle"), ("plate", Text(stix, "plate")), ("country", Text(stix, "country")), ("vin", Text(stix, "vin"))),
            "location" => Location(stix),
            _ => null,
        };
        if (entity is null)
        {
            return null;
        }
        entity.Insert(0, "ref", entityRef);
        if (type == "identity" && extra?["aliases"] is JsonArray aliases)
        {
            entity["aliases"] = aliases.DeepClone();
        }
        if (type == "identity-document" && stix["suspected_forgery"] is JsonValue forged)
        {
            entity["suspectedForgery"] = forged.DeepClone();
        }
        return entity;
    }

    public static JsonObject Location(JsonObject stix)
    {
        var location = Fields(("type", "location"), ("name", Text(stix, "name")), ("country", Text(stix, "country")));
        foreach (var (from, to) in new[] { ("latitude", "lat"), ("longitude", "lon") })
        {
            if (stix[from] is JsonValue value)
            {
                location[to] = value.DeepClone();
            }
        }
        return location;
    }

    public static string? Text(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject Fields(params (string Name, string? Value)[] fields)
    {
        var entity = new JsonObject();
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            entity[name] = value;
        }
        return entity;
    }
}
