namespace Intel.Standardisation;

/// <summary>
/// Identity documents are one thing per issuing country and number: "irq / a 1234-5678" and
/// "IQ A12345678" are both "IRQ/A12345678".
/// </summary>
public static class Documents
{
    /// <summary>The number as letters and digits only, upper-case; MRZ fillers ('&lt;') go too.</summary>
    public static string? Number(string? number) => Text.Compact(number);

    /// <summary>ISO alpha-3 of the issuing country (alpha-2, "UK" and MRZ codes such as "D" accepted).</summary>
    public static string? IssuingCountry(string? country) => Countries.Alpha3(country);

    /// <summary>"IRQ/A12345678", or null when the country or the number is missing.</summary>
    public static string? Key(string? issuingCountry, string? number)
    {
        var country = IssuingCountry(issuingCountry) ?? Text.Compact(issuingCountry);
        var canonical = Number(number);
        return country is null || canonical is null ? null : $"{country}/{canonical}";
    }
}
