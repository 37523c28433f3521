using MassTransit;

namespace Intel.Contracts.Reports.V1;

/// <summary>
/// The originating agency released a report to one more agency (answering a disclosure request). Carries the
/// whole releasability from then on, so every view derived from the report can follow without calling back.
/// </summary>
[MessageUrn("intel:reports:v1:report-released")]
[EntityName("intel.reports.v1.report-released")]
public sealed record ReportReleased
{
    public required Guid ReportId { get; init; }
    public required string Agency { get; init; }
    public required string To { get; init; }
    public required IReadOnlyList<string> ReleasableTo { get; init; }
    public required DateTimeOffset At { get; init; }
}
