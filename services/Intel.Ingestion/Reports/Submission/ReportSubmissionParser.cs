using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intel.Ingestion.Reports;

/// <summary>
/// Turns the JSON body of <c>POST /api/v1/reports</c> into a validated <see cref="ReportSubmission"/>,
/// or into every field error found (keyed by camelCase JSON path, <c>$</c> for the root). Pure: no I/O,
/// the clock and the known agencies come from <see cref="ReportRules"/>.
/// </summary>
public static partial class ReportSubmissionParser
{
    public const int MaxReferenceLength = 100;
    public const int MaxSummaryLength = 10_000;

    /// <summary>How far ahead of <see cref="ReportRules.Now"/> an observation may be (clock skew).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly DateTimeOffset EarliestObservation = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlySet<string> RootFields = new HashSet<string>(
        ["reference", "observedAt", "summary", "grading", "tlp", "releasableTo", "location", "entities", "links"],
        StringComparer.Ordinal);

    public static ReportParseResult Parse(JsonElement body, ReportRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new ErrorCollector();
        if (JsonFieldReader.Open(body, string.Empty, errors) is not { } root)
        {
            return ReportParseResult.Invalid(errors.ToDictionary());
        }

        root.RejectUnknownFields(RootFields);
        var reference = root.RequiredText("reference", new TextRule(MaxReferenceLength));
        var observedAt = ReadObservedAt(root, rules, errors);
        // A summary is narrative text: line breaks are allowed, other control characters are not.
        var summary = root.Text("summary", new TextRule(MaxSummaryLength, AllowLineBreaks: true));
        var grading = GradingParser.Parse(root, errors);
        var tlp = ReleaseParser.ReadTlp(root, errors);
        var releasableTo = ReleaseParser.ReadReleasableTo(root, tlp, rules, errors);
        var location = LocationParser.Parse(root, rules, errors);
        var entities = EntityParser.ParseAll(root, rules, errors);
        var links = LinkParser.Parse(root, entities.Refs, errors);

        if (errors.Count > 0 || reference is null || grading is null || tlp is null)
        {
            return ReportParseResult.Invalid(errors.ToDictionary());
        }

        return ReportParseResult.Valid(new ReportSubmission(
            reference, observedAt, summary, grading, tlp, releasableTo, location, entities.Entities, links));
    }

    /// <summary>An ISO 8601 date-time with an explicit offset, from 1900, at most <see cref="ClockSkew"/> ahead.</summary>
    private static DateTimeOffset? ReadObservedAt(JsonFieldReader root, ReportRules rules, ErrorCollector errors)
    {
        if (root.Text("observedAt", TextRule.Default) is not { } text)
        {
            return null;
        }

        var path = root.FieldPath("observedAt");
        if (!IsoDateTimeWithOffset().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var observedAt))
        {
            errors.Add(path, "Must be an ISO 8601 date-time with offset, such as 2025-03-01T10:00:00Z.");
            return null;
        }

        if (observedAt < EarliestObservation)
        {
            errors.Add(path, "Must not be before 1900.");
            return null;
        }

        if (observedAt > rules.Now + ClockSkew)
        {
            errors.Add(path, "Must not be in the future.");
            return null;
        }

        return observedAt;
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTimeWithOffset();
}
