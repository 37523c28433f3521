namespace Intel.Ingestion.Reports;

/// <summary>The answer to one submitted report, shared by the single and the batch route.</summary>
public sealed record IntakeResult(
    SubmissionOutcome Outcome, Guid? Id, string? Reference, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static IntakeResult Rejected(IReadOnlyDictionary<string, string[]> errors, string? reference = null) =>
        new(SubmissionOutcome.Rejected, null, reference, errors);
}
