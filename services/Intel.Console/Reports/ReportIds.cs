namespace Intel.AnalystConsole.Reports;

/// <summary>A report's id where a table has room for a few characters.</summary>
public static class ReportIds
{
    /// <summary>
    /// The last eight hex digits: ids are time-ordered (UUID v7), so reports received within a minute of each other
    /// share their first eight and only the random tail tells them apart.
    /// </summary>
    public static string Short(Guid id) => id.ToString("N")[^8..];
}
