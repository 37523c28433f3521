namespace Intel.Ingestion.Reports;

public enum SubmissionOutcome { Accepted, Duplicate, Conflict, Rejected }

/// <summary>What a submission of an agency's reference means, given what the platform already holds.</summary>
public static class SubmissionDecision
{
    /// <summary>
    /// Idempotency by reference: the same content again is the same report (answered with its id);
    /// different content under a used reference is a conflict, never an overwrite.
    /// </summary>
    public static SubmissionOutcome Decide(ReportReference? existing, string contentHash) => existing switch
    {
        null => SubmissionOutcome.Accepted,
        _ when existing.ContentHash == contentHash => SubmissionOutcome.Duplicate,
        _ => SubmissionOutcome.Conflict,
    };
}
