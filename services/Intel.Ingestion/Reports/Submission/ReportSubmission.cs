namespace Intel.Ingestion.Reports;

/// <summary>
/// A report body that passed validation. Values are as sent except for minimal normalisation:
/// strings trimmed, country codes upper-cased, enumerations lower-cased, and defaults applied
/// (<c>tlp</c> "amber", <c>releasableTo</c> empty, <c>links</c> empty).
/// </summary>
public sealed record ReportSubmission(
    string Reference,
    DateTimeOffset? ObservedAt,
    string? Summary,
    SubmittedGrading Grading,
    string Tlp,
    IReadOnlyList<string> ReleasableTo,
    SubmittedLocation? Location,
    IReadOnlyList<SubmittedEntity> Entities,
    IReadOnlyList<SubmittedLink> Links);
