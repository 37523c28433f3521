using System.Globalization;

namespace Intel.AnalystConsole.Languages;

/// <summary>Times as every page shows them: UTC, in one written form whatever the language, so partners compare them.</summary>
public static class Times
{
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The UTC day alone, where a line has room for no more (the full time goes in its title).</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
