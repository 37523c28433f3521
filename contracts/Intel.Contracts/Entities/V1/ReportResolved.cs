using MassTransit;

namespace Intel.Contracts.Entities.V1;

/// <summary>
/// Every entity of a report has been resolved to a canonical entity. Carries the report's
/// handling (agency, releasability) so consumers can apply sharing rules without calling back.
/// </summary>
[MessageUrn("intel:entities:v1:report-resolved")]
[EntityName("intel.entities.v1.report-resolved")]
public sealed record ReportResolved
{
    public required Guid ReportId { get; init; }
    public required string Reference { get; init; }
    public required string Agency { get; init; }
    public required IReadOnlyList<string> ReleasableTo { get; init; }
    public required string Tlp { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The report's grading; handling code C's conditions travel with everything derived from it.</summary>
    public Reports.V1.Grading? Grading { get; init; }
    public required DateTimeOffset ResolvedAt { get; init; }
    public required IReadOnlyList<ResolvedMention> Mentions { get; init; }
    public required IReadOnlyList<ResolvedLink> Links { get; init; }
}
