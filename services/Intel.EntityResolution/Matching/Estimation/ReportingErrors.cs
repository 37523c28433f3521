using System.Globalization;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Matching.Estimation;

/// <summary>
/// How the reports the service holds err, learnt from them without a label. Feeds differ most in that:
/// one partner keys birth dates carefully, another's are a year or a decade out in one report of five.
/// So only m, the chance that one person's two reports reach a level, is taken from expectation–maximisation
/// over the held records; u (how often strangers agree by chance, which term frequencies count anyway), the
/// prior, the thresholds and what a link must be corroborated by stay the defaults', which no data set fits.
/// </summary>
public static class ReportingErrors
{
    /// <summary>The fewest held person records worth learning from: fewer pairs than that make EM's m noise.</summary>
    public const int MinimumRecords = 1_000;

    /// <summary>The most recent held records learnt from: enough pairs for every level, little enough to learn in seconds.</summary>
    public const int Sample = 20_000;

    /// <summary>No level becomes impossible for one person, however rarely the held reports reached it.</summary>
    private const double Floor = 1e-4;

    /// <summary>
    /// How many held records to learn at now, or none: first at <paramref name="from"/> records, then each time
    /// the held records have doubled since the last learning, so a young store learns often and an old one rarely.
    /// </summary>
    public static int? DueAt(long held, int? learntAt, int from = MinimumRecords)
    {
        if (from < 1 || held < from)
        {
            return null;
        }
        var due = (long)from;
        while (due * 2 <= held)
        {
            due *= 2;
        }
        return learntAt is { } last && last >= due ? null : (int)Math.Min(due, int.MaxValue);
    }

    /// <summary>
    /// Learns m from <paramref name="records"/>, the most recent held when the service was due to learn at <paramref name="due"/>, taking at
    /// most <paramref name="coreShare"/> of one core, and returns the defaults with it; or none, when what EM found is not how one person's
    /// reports differ (<see cref="Plausible"/>).
    /// </summary>
    public static async Task<MatchWeights?> LearnAsync(
        MatchWeights defaults, IReadOnlyList<PersonRecord> records, int due, DateTimeOffset at, double coreShare = 1, CancellationToken ct = default)
    {
        var estimated = await WeightEstimator.EstimateAsync([records], new EstimationSettings
        {
            Version = Version(defaults, due),
            DataSource = string.Create(CultureInfo.InvariantCulture, $"the {records.Count} most recent person records the service held when due to learn at {due}; no label read"),
            EstimatedAt = at,
            Thresholds = defaults.Thresholds,
            TermFrequency = defaults.TermFrequency,
            RandomPairs = 200_000,
            CoreShare = coreShare,
        }, cancellationToken: ct);
        return Plausible(estimated) ? Apply(defaults, estimated, due) : null;
    }

    /// <summary>
    /// Whether EM's matches are one person's reports: for every comparison, two of them agree fully more often than they
    /// differ wholly. A feed of few names and many namesakes can lead EM to take "the same name" for "the same person",
    /// and a birth date then looks as likely to differ as to agree; learning that would link namesakes born years apart.
    /// </summary>
    public static bool Plausible(MatchWeights estimated) => estimated.Comparisons.All(c =>
        c.Levels.All(l => double.IsFinite(l.M) && double.IsFinite(l.U))
        && (c.Levels.FirstOrDefault(l => l.Level == "different") is not { } different || c.Levels[0].M == c.Levels[0].U || different.M == different.U
            || c.Levels[0].M > different.M));

    /// <summary>The defaults with each level's m as <paramref name="estimated"/> learnt it, where the held candidate pairs reached that level.</summary>
    public static MatchWeights Apply(MatchWeights defaults, MatchWeights estimated, int due)
    {
        var learnt = estimated.Comparisons.ToDictionary(c => c.Name, c => c.Levels.Where(l => l.M != l.U).ToDictionary(l => l.Level, l => l.M));
        return defaults with
        {
            Version = Version(defaults, due),
            EstimatedAt = estimated.EstimatedAt,
            DataSource = estimated.DataSource,
            Method = $"{defaults.Version} with m learnt by EM over {estimated.CandidatePairs} candidate pairs ({estimated.DataSource})",
            CandidatePairs = estimated.CandidatePairs,
            Iterations = estimated.Iterations,
            Comparisons = [.. defaults.Comparisons.Select(c => learnt.TryGetValue(c.Name, out var m) && m.Count > 0 ? Relearnt(c, m) : c)],
        };
    }

    private static ComparisonWeights Relearnt(ComparisonWeights defaults, Dictionary<string, double> m)
    {
        var raw = defaults.Levels.Select(l => Math.Max(Floor, m.GetValueOrDefault(l.Level, l.M))).ToArray();
        var total = raw.Sum();
        return defaults with { Levels = [.. defaults.Levels.Select((l, i) => l with { M = raw[i] / total })] };
    }

    private static string Version(MatchWeights defaults, int due) =>
        string.Create(CultureInfo.InvariantCulture, $"{defaults.Version}+errors-of-{due}");
}
