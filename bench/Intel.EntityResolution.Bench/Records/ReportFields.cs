using System.Globalization;
using Intel.Standardisation;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// Source values as the API accepts them. A value the API would refuse is left out, as a partner's feed
/// must leave it out to be accepted; the service never sees it, so neither does the benchmark.
/// </summary>
internal static class ReportFields
{
    /// <summary>
    /// YYYY, YYYY-MM or YYYY-MM-DD of a real day ("1969-7-16" padded) that has begun somewhere; null otherwise
    /// ("1504-21-01", "1974-01-32", "2031-05-02").
    /// </summary>
    public static string? DateOfBirth(string? value)
    {
        var parts = (value ?? "").Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length is < 1 or > 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return null;
        }
        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var real = n[0] >= 1 && (n.Length < 2 || n[1] is >= 1 and <= 12) && (n.Length < 3 || (n[2] >= 1 && n[2] <= DateTime.DaysInMonth(n[0], n[1])));
        return real && !InTheFuture(n) ? string.Join('-', n.Select((x, i) => x.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture))) : null;
    }

    // As the API decides: the first day the date can mean is after today wherever it is earliest (UTC+14).
    private static bool InTheFuture(int[] n) =>
        new DateOnly(n[0], n.Length > 1 ? n[1] : 1, n.Length > 2 ? n[2] : 1) > DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14));

    public static string? Gender(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "male" or "m" => "male",
        "female" or "f" => "female",
        "other" => "other",
        _ => null,
    };

    /// <summary>ISO alpha-3 from an alpha-2 or alpha-3 code or an English country name; null when none fits.</summary>
    public static string? Nationality(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length <= 3 ? Countries.Alpha3(value) : CountryNames.Alpha3(value);

    /// <summary>The API's email shape: one @, no spaces, a dot inside the domain.</summary>
    public static string? Email(string? value)
    {
        var email = value?.Trim() ?? "";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var domain = at > 0 ? email[(at + 1)..] : "";
        return at > 0 && at == email.LastIndexOf('@') && !email.Any(char.IsWhiteSpace) && domain.IndexOf('.', StringComparison.Ordinal) > 0 && domain[^1] != '.'
            ? email : null;
    }
}
