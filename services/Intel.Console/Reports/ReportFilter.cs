using System.Globalization;

namespace Intel.AnalystConsole.Reports;

/// <summary>
/// The report list's filters as the person sets them, and the API's address for one page of what they find
/// (<c>GET /api/v1/reports</c>, the person's visible reports, newest first).
/// </summary>
public sealed class ReportFilter
{
    /// <summary>Rows a page shows before "more".</summary>
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> EntityTypes =
        ["person", "phone", "email", "document", "social", "vessel", "engine", "account", "vehicle", "organisation", "location"];

    /// <summary>A date and time as the browser's control gives it, without zone: read as UTC, as the page says.</summary>
    public DateTime? ReceivedAfter { get; set; }

    public DateTime? ReceivedBefore { get; set; }
    public string Agency { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string Text { get; set; } = "";

    public string Path()
    {
        var query = new List<string> { "limit=" + PageSize.ToString(CultureInfo.InvariantCulture) };
        Add(query, "receivedAfter", Utc(ReceivedAfter));
        Add(query, "receivedBefore", Utc(ReceivedBefore));
        Add(query, "agency", Agency);
        Add(query, "entityType", EntityType);
        Add(query, "q", Text);
        return "/api/v1/reports?" + string.Join('&', query);
    }

    private static string? Utc(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
        }
    }
}

/// <summary>One page of <c>GET /api/v1/reports</c>; <see cref="Next"/> is the cursor of the page after it.</summary>
public sealed record ReportResults(IReadOnlyList<ListedReport> Items, string? Next);

public sealed record ListedReport(
    Guid Id, string Reference, string Agency, DateTimeOffset ReceivedAt, string Status, string? Summary, string Tlp,
    ListedGrading Grading, IReadOnlyList<string> EntityTypes);

/// <summary>UK 3x5x2 as analysts write it: source, intelligence, handling.</summary>
public sealed record ListedGrading(string Source, string Intelligence, string Handling)
{
    public override string ToString() => Source + Intelligence + Handling;
}
