using System.Globalization;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Matching.Estimation;

/// <summary>
/// How the reports the service holds err, learnt from them without a label. Feeds differ most in that:
/// one partner keys birth dates carefully, another's are a year or a decade out in one report of five.
/// So m, the chance that one person's two reports reach a level, is taken from expectation–maximisation over the
/// held records, and so is how often strangers among them share a nationality or a gender (<see cref="Attributes"/>);
/// the rest of u (which term frequencies count anyway), the prior, the thresholds and what a link must be
/// corroborated by stay the defaults', which no data set fits.
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
    /// Learns from <paramref name="records"/>, the most recent held when the service was due to learn at <paramref name="due"/>, taking at
    /// most <paramref name="coreShare"/> of one core, and returns the defaults with how often strangers among them share a nationality or a
    /// gender, and with m as EM found it; or, when what EM found is not how one person's reports differ (<see cref="Plausible"/>), with m as
    /// <paramref name="current"/> has it.
    /// </summary>
    public static async Task<LearntWeights> LearnAsync(MatchWeights defaults, MatchWeights current, IReadOnlyList<PersonRecord> records, int due,
        DateTimeOffset at, double coreShare = 1, CancellationToken ct = default)
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
        var plausible = Plausible(estimated);
        return new LearntWeights(Apply(defaults, estimated, due, plausible ? null : current), plausible);
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

    /// <summary>
    /// The defaults with each level's m as <paramref name="estimated"/> learnt it, where the held candidate pairs reached that level, or
    /// as <paramref name="keptErrors"/> has it when given; and with the u of <see cref="Attributes"/> from its random pairs.
    /// </summary>
    public static MatchWeights Apply(MatchWeights defaults, MatchWeights estimated, int due, MatchWeights? keptErrors = null)
    {
        var learnt = estimated.Comparisons.ToDictionary(c => c.Name, c => c.Levels.Where(l => l.M != l.U).ToDictionary(l => l.Level, l => l.M));
        var kept = keptErrors?.Comparisons.ToDictionary(c => c.Name, c => c.Levels.ToDictionary(l => l.Level, l => l.M));
        var chance = estimated.Comparisons.Where(c => Attributes.Contains(c.Name, StringComparer.Ordinal))
            .ToDictionary(c => c.Name, c => c.Levels.ToDictionary(l => l.Level, l => l.U));
        var population = $"u of {string.Join(" and ", Attributes)} from random pairs of them";
        return defaults with
        {
            Version = Version(defaults, due),
            EstimatedAt = estimated.EstimatedAt,
            DataSource = estimated.DataSource,
            Method = keptErrors is null
                ? $"{defaults.Version} with m learnt by EM over {estimated.CandidatePairs} candidate pairs and {population} ({estimated.DataSource})"
                : $"{defaults.Version} with m as in {keptErrors.Version}, since EM's matches over {estimated.CandidatePairs} candidate pairs were not one person's reports, and {population} ({estimated.DataSource})",
            CandidatePairs = estimated.CandidatePairs,
            Iterations = estimated.Iterations,
            Comparisons = [.. defaults.Comparisons
                .Select(c => kept is not null ? Kept(c, kept.GetValueOrDefault(c.Name)) : learnt.TryGetValue(c.Name, out var m) && m.Count > 0 ? Relearnt(c, m) : c)
                .Select(c => chance.TryGetValue(c.Name, out var u) ? WithChance(c, u) : c)],
        };
    }

    private static ComparisonWeights Kept(ComparisonWeights defaults, Dictionary<string, double>? m) =>
        m is null ? defaults : defaults with { Levels = [.. defaults.Levels.Select(l => l with { M = m.GetValueOrDefault(l.Level, l.M) })] };

    private static ComparisonWeights Relearnt(ComparisonWeights defaults, Dictionary<string, double> m)
    {
        var raw = defaults.Levels.Select(l => Math.Max(Floor, m.GetValueOrDefault(l.Level, l.M))).ToArray();
        var total = raw.Sum();
        return defaults with { Levels = [.. defaults.Levels.Select((l, i) => l with { M = raw[i] / total })] };
    }

    /// <summary>
    /// What the held population shares by chance, unlike names, dates and identifiers, which term frequencies count: one feed's
    /// people are nearly all Iraqi men, where two reports agreeing on a nationality or a gender say little; another's come from
    /// sixty countries. So their u is the random pairs', as Fellegi–Sunter estimates it, but learning may only weaken an
    /// agreement and strengthen a difference, never the other way:
    /// <list type="bullet">
    /// <item>an agreement never weighs more than the defaults say, however varied the population: a name tells its bearer's
    /// nationality and gender, so two reports of one name agree on them far more often than two strangers picked at random; nor
    /// does it count against, however uniform the population (u of same between the default's and m);</item>
    /// <item>a difference never counts less against than the defaults say: in a feed of Iraqi men, the first Syrian or the first
    /// woman is just what the random pairs never show, and a namesake of hers is not her (u of different at least the default's).</item>
    /// </list>
    /// </summary>
    public static readonly IReadOnlyList<string> Attributes = ["nationality", "gender"];

    private static ComparisonWeights WithChance(ComparisonWeights defaults, Dictionary<string, double> u) => defaults with
    {
        Levels = [.. defaults.Levels.Select(l => u.GetValueOrDefault(l.Level) is var chance && chance > 0
            ? l with { U = l.Level == "same" ? Math.Clamp(chance, l.U, Math.Max(l.U, l.M)) : Math.Max(chance, l.U) }
            : l)],
    };

    // Named by the count alone, whatever was learnt at it: replicas learning at one count store one document, not two.
    private static string Version(MatchWeights defaults, int due) =>
        string.Create(CultureInfo.InvariantCulture, $"{defaults.Version}+errors-of-{due}");
}

/// <summary>What the service learnt from the records it holds, and whether that includes how one person's reports differ (m).</summary>
public sealed record LearntWeights(MatchWeights Weights, bool ErrorsLearnt);
