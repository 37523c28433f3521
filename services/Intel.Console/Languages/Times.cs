using System.Globalization;

namespace Intel.AnalystConsole.Languages;

/// <summary>Times as every page shows them: UTC, in one written form whatever the language, so partners compare them.</summary>
public static class Times
{
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
