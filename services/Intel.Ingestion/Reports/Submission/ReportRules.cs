namespace Intel.Ingestion.Reports;

/// <summary>
/// The context a report is validated against: the agency ids that exist (for <c>releasableTo</c>)
/// and the current time (for "not in the future" checks; pass a fixed value in tests).
/// </summary>
public sealed record ReportRules(IReadOnlySet<string> KnownAgencies, DateTimeOffset Now);
