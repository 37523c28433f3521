using System.Text.Json;
using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Taxii.Defaults;

/// <summary>The handling an administrator sets on an inbound collection.</summary>
public sealed record DefaultHandling(SubmittedGrading Grading, string Tlp, IReadOnlyList<string> ReleasableTo);

/// <summary>
/// Reads a defaults body with the very rules a report's <c>grading</c>, <c>tlp</c> and <c>releasableTo</c> are read
/// by, so a default can never be something the intake would refuse; errors are keyed by the same JSON paths.
/// </summary>
internal static class DefaultsParser
{
    private static readonly IReadOnlySet<string> Fields = new HashSet<string>(["grading", "tlp", "releasableTo"], StringComparer.Ordinal);

    public static (DefaultHandling? Handling, ErrorCollector Errors) Parse(JsonElement body, ReportRules rules)
    {
        var errors = new ErrorCollector();
        if (JsonFieldReader.Open(body, string.Empty, errors) is not { } root)
        {
            return (null, errors);
        }
        root.RejectUnknownFields(Fields);
        var grading = GradingParser.Parse(root, errors);
        var tlp = ReleaseParser.ReadTlp(root, errors);
        var releasableTo = ReleaseParser.ReadReleasableTo(root, tlp, rules, errors);
        return errors.Count > 0 || grading is null || tlp is null ? (null, errors) : (new DefaultHandling(grading, tlp, releasableTo), errors);
    }
}
