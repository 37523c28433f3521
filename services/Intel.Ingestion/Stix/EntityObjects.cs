using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;
using Intel.Standardisation;
using static Intel.Ingestion.Stix.StixContext;

namespace Intel.Ingestion.Stix;

/// <summary>
/// One reported entity as a STIX object: people and organisations as <c>identity</c>, phones and bank accounts in
/// OpenCTI's shapes, emails and social accounts as STIX's own observables, places as <c>location</c>, and what STIX
/// has no type for as observables defined by our extensions. Identifying values are canonical (E.164, IBAN, …)
/// so the same thing from two agencies gets the same id.
/// </summary>
public static class EntityObjects
{
    public static JsonObject For(SubmittedEntity e, StixContext c) => e.Type switch
    {
        "person" => Person(e, c),
        "organisation" => Organisation(e, c),
        "phone" => Value(c, "phone-number", Phones.E164(e.Number, e.Country, requireValid: false) ?? e.Number!, Extra(e, ("country", e.Country))),
        "email" => Value(c, "email-addr", Emails.Canonical(e.Address) ?? e.Address!, Extra(e)),
        "social" => Social(e, c),
        "document" => Document(e, c),
        "vessel" => Own(c, IntelExtensions.Vessel, Properties(("hull_id", Hulls.Canonical(e.HullId) ?? e.HullId), ("name", e.Name),
            ("description", e.Description)), e, "hull_id", "name"),
        "engine" => Own(c, IntelExtensions.OutboardEngine, Properties(("make", Engines.Make(e.Make) ?? e.Make), ("model", e.Model),
            ("serial", Engines.Serial(e.Serial) ?? e.Serial)), e, "make serial", "make model"),
        "account" => Account(e, c),
        "vehicle" => Own(c, IntelExtensions.Vehicle, Properties(("plate", Plates.Plate(e.Plate) ?? e.Plate),
            ("country", Plates.Country(e.Country) ?? e.Country), ("vin", e.Vin)), e, "vin", "country plate", "plate"),
        "location" => Location(c, e.Name, e.Country, e.Lat, e.Lon, Extra(e)),
        _ => throw new ArgumentException($"No STIX mapping for entity type {e.Type}.", nameof(e)),
    };

    public static JsonObject Location(StixContext c, string? name, string? country, double? lat, double? lon, JsonObject? extra)
    {
        var properties = Properties(("name", name), ("country", Countries.Alpha2(country) ?? country), ("latitude", lat), ("longitude", lon),
            ("x_opencti_location_type", "Position"));
        // OpenCTI's id of a position: its coordinates when known, else its name.
        var contributing = lat is not null || lon is not null
            ? Properties(("latitude", lat), ("longitude", lon))
            : Properties(("name", StixIds.NameKey(name ?? country ?? "")));
        return c.Domain("location", StixIds.For("location", contributing), properties, extra);
    }

    private static JsonObject Person(SubmittedEntity e, StixContext c)
    {
        var name = e.Name ?? (e.Aliases is [var alias, ..] ? alias : $"person {e.Ref}");
        return c.Domain("identity", IdentityId(name, "individual"), Properties(("name", name), ("identity_class", "individual")),
            Extra(e, ("aliases", e.Aliases), ("date_of_birth", e.DateOfBirth), ("nationality", e.Nationality), ("gender", e.Gender)));
    }

    // STIX's identity has no property for other names, a jurisdiction or a registration number: they travel in our entity
    // extension, the number canonical as its key reads it. The id stays OpenCTI's, from the name.
    private static JsonObject Organisation(SubmittedEntity e, StixContext c) =>
        c.Domain("identity", IdentityId(e.Name!, "organization"), Properties(("name", e.Name), ("identity_class", "organization")),
            Extra(e, ("aliases", e.Aliases), ("country", RegistrationNumbers.Jurisdiction(e.Country) ?? e.Country),
                ("registration_number", RegistrationNumbers.Number(e.RegistrationNumber) ?? e.RegistrationNumber)));

    private static JsonObject Social(SubmittedEntity e, StixContext c)
    {
        var properties = Properties(("account_type", Handles.Platform(e.Platform) ?? e.Platform ?? Handles.PlatformOf(e.Url)),
            ("account_login", e.Handle ?? e.Url));
        return c.Observable("user-account", properties, properties, Extra(e, ("url", e.Url)));
    }

    private static JsonObject Document(SubmittedEntity e, StixContext c)
    {
        var properties = Properties(("document_type", e.DocumentType), ("number", Documents.Number(e.Number) ?? e.Number),
            ("issuing_country", Documents.IssuingCountry(e.IssuingCountry) ?? e.IssuingCountry), ("mrz", e.Mrz),
            ("suspected_forgery", e.SuspectedForgery));
        return Own(c, IntelExtensions.IdentityDocument, properties, e, "issuing_country number", "number", "mrz");
    }

    private static JsonObject Account(SubmittedEntity e, StixContext c)
    {
        if (e.Kind is "crypto")
        {
            return Value(c, "cryptocurrency-wallet", e.Number!, Extra(e, ("provider", e.Provider), ("kind", e.Kind)));
        }
        if (e.Kind is "hawala" or "money-transfer")
        {
            return Own(c, IntelExtensions.HawalaAccount, Properties(("provider", e.Provider), ("number", e.Number), ("kind", e.Kind)),
                e, "provider number", "number");
        }
        // OpenCTI identifies a bank account by its IBAN; one known only by number keeps that as its key.
        var iban = Ibans.Canonical(e.Iban) ?? e.Iban;
        var properties = Properties(("iban", iban), ("account_number", e.Number));
        var contributing = iban is not null ? Properties(("iban", iban)) : Properties(("account_number", e.Number));
        return c.Observable("bank-account", contributing, properties, Extra(e, ("provider", e.Provider), ("kind", e.Kind)));
    }

    private static JsonObject Value(StixContext c, string type, string value, JsonObject extra) =>
        c.Observable(type, Properties(("value", value)), Properties(("value", value)), extra);

    /// <summary>
    /// An observable of a type we define, identified by the first group of keys it has all of ("make serial"), else
    /// by everything it has: the strongest identifier alone, so a report that adds a detail does not make a new object.
    /// </summary>
    private static JsonObject Own(StixContext c, IntelExtensions.Extension type, JsonObject properties, SubmittedEntity e, params string[] keyGroups)
    {
        var keys = keyGroups.Select(g => g.Split(' ')).FirstOrDefault(g => g.All(properties.ContainsKey)) ?? [.. properties.Select(p => p.Key)];
        var contributing = new JsonObject();
        foreach (var key in keys)
        {
            contributing[key] = properties[key]!.DeepClone();
        }
        return c.Observable(type.Name, contributing, properties, Extra(e), type);
    }

    private static string IdentityId(string name, string identityClass) =>
        StixIds.For("identity", new JsonObject { ["name"] = StixIds.NameKey(name), ["identity_class"] = identityClass });

    private static JsonObject Extra(SubmittedEntity e, params (string Name, object? Value)[] values) =>
        Properties([("ref", e.Ref), .. values]);
}
