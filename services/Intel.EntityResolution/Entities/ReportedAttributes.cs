using System.Globalization;

namespace Intel.EntityResolution.Entities;

/// <summary>The attributes a reported entity carries, as name and value pairs.</summary>
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
