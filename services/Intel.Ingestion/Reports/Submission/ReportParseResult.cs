namespace Intel.Ingestion.Reports;

/// <summary>
/// Either a validated <see cref="ReportSubmission"/> or every field error found, keyed by camelCase
/// JSON path (<c>entities[2].number</c>, <c>$</c> for the root), ready for RFC 9457 <c>errors</c>.
/// </summary>
public sealed class ReportParseResult
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors =
        new Dictionary<string, string[]>(StringComparer.Ordinal);

    private ReportParseResult(ReportSubmission? submission, IReadOnlyDictionary<string, string[]> errors)
    {
        Submission = submission;
        Errors = errors;
    }

    /// <summary>The validated report; null when <see cref="IsValid"/> is false.</summary>
    public ReportSubmission? Submission { get; }

    /// <summary>Every error found; empty when <see cref="IsValid"/> is true.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsValid => Submission is not null;

    public static ReportParseResult Valid(ReportSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new(submission, NoErrors);
    }

    public static ReportParseResult Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        return new(null, errors);
    }
}
