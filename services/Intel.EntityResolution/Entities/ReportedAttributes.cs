using System.Globalization;
using Intel.Standardisation;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// The attributes a reported entity carries, as name and value pairs. An organisation's registration number is shown
/// with its register and in canonical form ("GB/01234567"), so "0123 4567" and "01-234-567" are one value listing every
/// report that gave it, and numbers in two registers are not confused.
/// </summary>
public static class ReportedAttributes
{
    public static IEnumerable<(string Name, string Value)> Of(MentionedEntity e)
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("name", e.Name), ("dateOfBirth", e.DateOfBirth), ("nationality", e.Nationality), ("gender", e.Gender),
            ("number", e.Number), ("country", e.Country), ("address", e.Address), ("documentType", e.DocumentType),
            ("issuingCountry", e.IssuingCountry), ("mrz", e.Mrz), ("platform", e.Platform), ("handle", e.Handle),
            ("url", e.Url), ("hullId", e.HullId), ("description", e.Description), ("make", e.Make), ("model", e.Model),
            ("serial", e.Serial), ("iban", e.Iban), ("provider", e.Provider), ("kind", e.Kind), ("plate", e.Plate),
            ("vin", e.Vin), ("lat", e.Lat?.ToString(CultureInfo.InvariantCulture)), ("lon", e.Lon?.ToString(CultureInfo.InvariantCulture)),
            ("suspectedForgery", e.SuspectedForgery?.ToString().ToLowerInvariant()),
            ("registrationNumber", RegistrationNumbers.Key(e.Country, e.RegistrationNumber) ?? e.RegistrationNumber),
        };
        foreach (var (name, value) in pairs)
        {
            if (value is not null)
            {
                yield return (name, value);
            }
        }
        foreach (var alias in e.Aliases ?? [])
        {
            yield return ("alias", alias);
        }
    }
}
