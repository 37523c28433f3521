namespace Intel.Standardisation;

/// <summary>
/// An organisation's registration number (a company number, a commercial register entry) is one thing per
/// registering jurisdiction: "01234567", "0123 4567" and "01-234-567" at Companies House are all "GB/01234567".
/// Leading zeros are kept, since registers print them ("SC012345" is not "SC12345").
/// </summary>
public static class RegistrationNumbers
{
    /// <summary>Upper-case letters and digits only, digits in ASCII; null when there are none.</summary>
    public static string? Number(string? number) => Text.Compact(number);

    /// <summary>ISO alpha-2 of the jurisdiction (alpha-3 and "UK" accepted), or the code as written.</summary>
    public static string? Jurisdiction(string? country) => Countries.Alpha2(country) ?? Text.Compact(country);

    /// <summary>"GB/01234567", or null when the jurisdiction or the number is missing: a number is no key without its register.</summary>
    public static string? Key(string? country, string? number)
    {
        var jurisdiction = Jurisdiction(country);
        var canonical = Number(number);
        return jurisdiction is null || canonical is null ? null : $"{jurisdiction}/{canonical}";
    }
}
