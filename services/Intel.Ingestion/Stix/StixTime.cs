using System.Globalization;

namespace Intel.Ingestion.Stix;

/// <summary>
/// STIX and TAXII timestamps, kept at microseconds: PostgreSQL's precision, so a time written out, stored and read
/// back is the same instant, and two objects added within one millisecond stay apart.
/// </summary>
public static class StixTime
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static DateTimeOffset Microseconds(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);

    public static string Text(DateTimeOffset time) => Microseconds(time).UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>An RFC 3339 UTC time; digits beyond microseconds are cut, which keeps "strictly after" exact.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        text is not null && text.EndsWith('Z')
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? Microseconds(time)
            : null;
}
