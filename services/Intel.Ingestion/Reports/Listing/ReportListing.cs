using System.Globalization;

namespace Intel.Ingestion.Reports.Listing;

/// <summary>
/// One row of the report search, kept inline from the report's own events so a report is searchable
/// as soon as its submission is acknowledged.
/// </summary>
public sealed record ReportListing(
    Guid Id, string Reference, string Agency, DateTimeOffset ReceivedAt, string Status, string? Summary, string Tlp,
    SubmittedGrading Grading, IReadOnlyList<string> EntityTypes, IReadOnlyList<string> ReleasableTo, string SortKey)
{
    public static ReportListing Create(ReportSubmitted e) =>
        new(e.ReportId, e.Submission.Reference, e.Agency, e.ReceivedAt, ReportStatus.Accepted, e.Submission.Summary,
            e.Submission.Tlp, e.Submission.Grading, [.. e.Submission.Entities.Select(x => x.Type).Distinct().Order(StringComparer.Ordinal)],
            e.Submission.ReleasableTo, SortKeyOf(e.ReceivedAt, e.ReportId));

    public ReportListing Apply(ReportResolved e) => this with { Status = ReportStatus.Resolved };

    public ReportListing Apply(ReportReleased e) => this with { ReleasableTo = e.ReleasableTo };

    /// <summary>
    /// Receipt time then id, as fixed-width digits and hex: one ordered text key makes the keyset
    /// stable when reports tie on receivedAt, and compares the same under any collation.
    /// </summary>
    public static string SortKeyOf(DateTimeOffset receivedAt, Guid id) =>
        receivedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + id.ToString("N");
}
