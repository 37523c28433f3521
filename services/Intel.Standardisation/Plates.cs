namespace Intel.Standardisation;

/// <summary>
/// Vehicle plates are one thing per registering country and plate: "gb / AB12 CDE" and
/// "UK AB12CDE" are both "GB/AB12CDE". Iraqi plates keep their Arabic letters, normalised.
/// </summary>
public static class Plates
{
    public static string? Plate(string? plate) =>
        string.IsNullOrWhiteSpace(plate) ? null : Text.Compact(ArabicScript.Normalize(plate));

    /// <summary>ISO alpha-2 of the registering country (alpha-3 and "UK" accepted), or the code as written.</summary>
    public static string? Country(string? country) => Countries.Alpha2(country) ?? Text.Compact(country);

    /// <summary>"GB/AB12CDE", or null when the country or the plate is missing.</summary>
    public static string? Key(string? country, string? plate)
    {
        var canonicalCountry = Country(country);
        var canonicalPlate = Plate(plate);
        return canonicalCountry is null || canonicalPlate is null ? null : $"{canonicalCountry}/{canonicalPlate}";
    }
}
