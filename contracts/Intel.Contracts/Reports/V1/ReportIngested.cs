using MassTransit;

namespace Intel.Contracts.Reports.V1;

/// <summary>
/// A partner's report was accepted and stored. Carries everything entity resolution needs,
/// including who may see it and when it first arrived (for end-to-end latency).
/// </summary>
[MessageUrn("intel:reports:v1:report-ingested")]
[EntityName("intel.reports.v1.report-ingested")]
public sealed record ReportIngested
{
    public required Guid ReportId { get; init; }
    public required string Reference { get; init; }
    public required string Agency { get; init; }
    public required IReadOnlyList<string> ReleasableTo { get; init; }
    public required string Tlp { get; init; }
    public required Grading Grading { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? ObservedAt { get; init; }
    public required IReadOnlyList<ReportedEntity> Entities { get; init; }
    public required IReadOnlyList<ReportLink> Links { get; init; }
}
