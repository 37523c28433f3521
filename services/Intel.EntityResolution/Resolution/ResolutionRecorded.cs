using Intel.Contracts.Entities.V1;

namespace Intel.EntityResolution.Resolution;

/// <summary>All of a report's entities were resolved; stored on a stream per report and published from there.</summary>
public sealed record ResolutionRecorded(ReportResolved Outcome);
