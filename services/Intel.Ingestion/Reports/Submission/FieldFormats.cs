namespace Intel.Ingestion.Reports;

/// <summary>The outcome of checking one string: its normalised value, or why it is rejected.</summary>
internal readonly record struct Formatted(string? Value, string? Error)
{
    public static Formatted Ok(string value) => new(value, null);

    public static Formatted Fail(string error) => new(null, error);
}

/// <summary>Checks and minimally normalises one trimmed, non-empty string.</summary>
internal delegate Formatted TextFormat(string value, ReportRules rules);

/// <summary>Shape checks for individual string fields. Each takes a trimmed, non-empty value.</summary>
internal static class FieldFormats
{
    public static Formatted Alpha2Country(string value, ReportRules rules) =>
        IsAsciiLetters(value) && Iso3166.IsAlpha2(value.ToUpperInvariant())
            ? Formatted.Ok(value.ToUpperInvariant())
            : Formatted.Fail("Must be an ISO 3166-1 alpha-2 country code.");

    public static Formatted Alpha3Country(string value, ReportRules rules) =>
        IsAsciiLetters(value) && Iso3166.IsAlpha3(value.ToUpperInvariant())
            ? Formatted.Ok(value.ToUpperInvariant())
            : Formatted.Fail("Must be an ISO 3166-1 alpha-3 country code.");

    public static Formatted DocumentIssuer(string value, ReportRules rules) =>
        IsAsciiLetters(value) && Iso3166.IsDocumentIssuer(value.ToUpperInvariant())
            ? Formatted.Ok(value.ToUpperInvariant())
            : Formatted.Fail("Must be an ISO 3166-1 alpha-3 country code or an ICAO 9303 issuer code.");

    /// <summary>One of a fixed set of lower-case values; input of any ASCII case is lower-cased.</summary>
    public static TextFormat OneOf(params string[] values) => (value, _) =>
        value.All(char.IsAscii) && values.Contains(value.ToLowerInvariant(), StringComparer.Ordinal)
            ? Formatted.Ok(value.ToLowerInvariant())
            : Formatted.Fail(ErrorMessages.OneOf(values));

    public static Formatted LowerCase(string value, ReportRules rules) => Formatted.Ok(value.ToLowerInvariant());

    public static Formatted PhoneNumber(string value, ReportRules rules) =>
        value.Length >= 3
        && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.')
        && value.Count(char.IsAsciiDigit) >= 5
            ? Formatted.Ok(value)
            : Formatted.Fail("Must be a phone number of digits, spaces, +, -, (, ) and . with at least 5 digits.");

    public static Formatted EmailAddress(string value, ReportRules rules)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0
            && at == value.LastIndexOf('@')
            && !value.Any(char.IsWhiteSpace)
            && HasInnerDot(value[(at + 1)..]);
        return valid ? Formatted.Ok(value) : Formatted.Fail("Must be an email address such as name@example.org.");
    }

    public static Formatted DocumentNumber(string value, ReportRules rules) =>
        value.All(c => char.IsLetterOrDigit(c) || c is '<' or ' ' or '-')
            ? Formatted.Ok(value)
            : Formatted.Fail("Must contain only letters, digits, spaces, '<' and '-'.");

    /// <summary>
    /// Registers write their numbers with spaces, dashes, dots or slashes ("HRB 12345", "0123.456.789"), all of which
    /// matching ignores; a value with nothing left once they are gone names no registration.
    /// </summary>
    public static Formatted RegistrationNumber(string value, ReportRules rules) =>
        value.Any(char.IsLetterOrDigit)
            ? Formatted.Ok(value)
            : Formatted.Fail("Must contain at least one letter or digit.");

    /// <summary>Shape only (country letters, check digits, alphanumerics); the mod-97 check is done elsewhere.</summary>
    public static Formatted Iban(string value, ReportRules rules)
    {
        var compact = value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var valid = compact.Length >= 5
            && char.IsAsciiLetter(compact[0]) && char.IsAsciiLetter(compact[1])
            && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3])
            && compact.All(char.IsAsciiLetterOrDigit);
        return valid
            ? Formatted.Ok(value)
            : Formatted.Fail("Must be an IBAN: two letters, two check digits, then letters and digits.");
    }

    public static Formatted HttpUrl(string value, ReportRules rules) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Formatted.Ok(value)
            : Formatted.Fail("Must be an absolute http or https URL.");

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: a real calendar date, from 1900, not after today.</summary>
    public static Formatted DateOfBirth(string value, ReportRules rules)
    {
        if (!DateOfBirthParts.TryParse(value, out var date))
        {
            return Formatted.Fail("Must be a date as YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        if (!date.IsReal)
        {
            return Formatted.Fail("Must be a real calendar date.");
        }

        if (date.Year < 1900)
        {
            return Formatted.Fail("Must not be before 1900.");
        }

        // A date of birth is a local date: it is "today" somewhere until UTC+14 has moved on.
        var latestToday = DateOnly.FromDateTime(rules.Now.UtcDateTime.AddHours(14));
        return date.Earliest > latestToday
            ? Formatted.Fail("Must not be in the future.")
            : Formatted.Ok(value);
    }

    private static bool IsAsciiLetters(string value) => value.All(char.IsAsciiLetter);

    private static bool HasInnerDot(string domain)
    {
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && domain[^1] != '.';
    }
}
