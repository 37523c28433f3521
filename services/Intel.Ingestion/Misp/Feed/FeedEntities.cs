using Intel.Ingestion.Misp.Definitions;
using Intel.Ingestion.Reports;
using Intel.Standardisation;
using T = Intel.Ingestion.Misp.Definitions.ObjectTemplates;

namespace Intel.Ingestion.Misp.Feed;

/// <summary>What one entity is in MISP: an object of a template with its relations, or (e-mail, crypto wallet) an attribute of the event.</summary>
public sealed record FeedEntity(ObjectTemplate? Template, IReadOnlyList<(string Relation, string Value)> Values);

/// <summary>
/// Each entity type as the MISP object or attribute the import reads back as that type: people, phone numbers, bank and
/// user accounts, places, organisations and vehicles in MISP's templates, documents, vessels and engines in ours.
/// Identifying values are canonical (E.164, IBAN, …) as in the STIX export, so the same phone from two agencies correlates.
/// </summary>
public static class FeedEntities
{
    public static FeedEntity For(SubmittedEntity e) => e.Type switch
    {
        "person" => Of(T.Person, [("full-name", e.Name), .. (e.Aliases ?? []).Select(a => ("alias", (string?)a)),
            ("date-of-birth", e.DateOfBirth), ("nationality", e.Nationality), ("gender", e.Gender)]),
        // MISP's organization has other names but no registration number (its VAT is a tax id, another number).
        "organisation" => Of(T.Organization, [("name", e.Name), .. (e.Aliases ?? []).Select(a => ("alias", (string?)a))]),
        "phone" => Of(T.PhoneNumber, ("phone-number", Phones.E164(e.Number, e.Country, requireValid: false) ?? e.Number)),
        "email" => Of(null, ("email", Emails.Canonical(e.Address) ?? e.Address)),
        "social" => Of(T.UserAccount, ("username", e.Handle), ("account-type", e.Platform), ("link", e.Url)),
        "document" => Of(T.IdentityDocument, ("document-type", e.DocumentType), ("document-number", Documents.Number(e.Number) ?? e.Number),
            ("issuing-country", e.IssuingCountry), ("mrz", e.Mrz), ("suspected-forgery", e.SuspectedForgery is { } forged ? (forged ? "1" : "0") : null)),
        "vessel" => Of(T.Vessel, ("hull-id", Hulls.Canonical(e.HullId) ?? e.HullId), ("name", e.Name), ("description", e.Description)),
        "engine" => Of(T.OutboardEngine, ("make", e.Make), ("model", e.Model), ("serial-number", e.Serial)),
        "account" when e.Kind is "crypto" => Of(null, ("btc", e.Number)),
        "account" => Of(T.BankAccount, ("iban", Ibans.Canonical(e.Iban) ?? e.Iban), ("account", e.Number), ("institution-name", e.Provider)),
        "vehicle" => Of(T.Vehicle, ("license-plate-number", e.Plate), ("vin", e.Vin)),
        "location" => Place(e.Name, e.Country, e.Lat, e.Lon),
        _ => new FeedEntity(null, []),
    };

    public static FeedEntity Place(string? name, string? country, double? lat, double? lon) =>
        Of(T.Geolocation, ("address", name), ("countrycode", country), ("latitude", Number(lat)), ("longitude", Number(lon)));

    private static FeedEntity Of(ObjectTemplate? template, params (string Relation, string? Value)[] values) =>
        new(template, [.. values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => (v.Relation, v.Value!))]);

    private static string? Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
