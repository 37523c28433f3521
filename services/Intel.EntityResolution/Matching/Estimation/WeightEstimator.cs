using System.Globalization;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Comparisons;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Matching.Estimation;

/// <summary>What a weights version is estimated from and stamped with; the thresholds and bounds are policy, not learnt.</summary>
public sealed record EstimationSettings
{
    public required string Version { get; init; }
    public required string DataSource { get; init; }
    public required DateTimeOffset EstimatedAt { get; init; }
    public required MatchThresholds Thresholds { get; init; }
    public required TermFrequencySettings TermFrequency { get; init; }
    public int CandidateLimit { get; init; } = new Clustering.ResolverOptions().CandidateLimit;
    public int Cap { get; init; } = InMemoryBlockingIndex.DefaultCap;
    public int RandomPairs { get; init; } = 1_000_000;
    public int PopulationFloor { get; init; } = 1_000;
    public int Seed { get; init; } = 1;

    /// <summary>The share of one core the estimation may take (<see cref="Pacing"/>); 1, all of it, unless it runs beside resolution.</summary>
    public double CoreShare { get; init; } = 1;
}

/// <summary>
/// Learns a <see cref="MatchWeights"/> version from unlabelled records, reading no label:
/// <list type="bullet">
/// <item>u from random pairs, nearly all of which are two different people: how often a level is reached by chance in the population;</item>
/// <item>m by EM over the pairs resolution scores (each record against the candidates blocking finds among
/// those before it), where the matches are: u is left free there too, because pairs that share a blocking
/// key agree by chance more often than random pairs, and that must not be mistaken for matching;</item>
/// <item>the share of mentions whose person is already known: for each record, the probability EM gives
/// its best candidate among the records before it, averaged (see <see cref="MatchWeights.KnownShare"/>).</item>
/// </list>
/// </summary>
public static class WeightEstimator
{
    public static async Task<MatchWeights> EstimateAsync(IReadOnlyList<IReadOnlyList<PersonRecord>> sources, EstimationSettings settings,
        IReadOnlyList<IComparison>? comparisons = null, CancellationToken cancellationToken = default)
    {
        comparisons ??= PersonComparisons.All;
        var candidates = new ComparisonPatterns(comparisons);
        var random = new ComparisonPatterns(comparisons);
        var rng = new Random(settings.Seed);
        var everyone = sources.Sum(s => s.Count);
        var recordPatterns = new List<List<ComparisonPattern>>();
        var pacing = new Pacing(settings.CoreShare);
        // Each source is blocked and sampled on its own: records of two data sets are never one person.
        foreach (var source in sources)
        {
            await AddCandidatesAsync(source, candidates, recordPatterns, settings, pacing, cancellationToken);
            for (var i = (long)settings.RandomPairs * source.Count / everyone; i > 0; i--)
            {
                await pacing.StepAsync(cancellationToken);
                var (a, b) = (rng.Next(source.Count), rng.Next(source.Count));
                if (a != b)
                {
                    random.Add(source[a], source[b]);
                }
            }
        }
        var u = random.LevelShares(pseudoCount: 1);
        var mStart = comparisons.Select(c => ComparisonPatterns.Normalise([.. Enumerable.Range(0, c.Levels.Count).Select(l => Math.Pow(0.5, l))], 0)).ToArray();
        var fit = ExpectationMaximisation.Run(candidates, mStart, u, lambdaStart: 0.1);
        var seen = Seen(candidates);
        var known = recordPatterns.Average(patterns =>
            patterns.Count == 0 ? 0 : patterns.Max(p => ExpectationMaximisation.MatchProbability(p.Levels, fit.M, fit.U, fit.Lambda)));
        return new MatchWeights
        {
            Version = settings.Version,
            EstimatedAt = settings.EstimatedAt,
            DataSource = settings.DataSource,
            Method = $"Fellegi-Sunter: m by EM over {candidates.Pairs} blocking candidate pairs (cap {settings.Cap}, {settings.CandidateLimit} candidates a record), "
                + $"u from {random.Pairs} random pairs; known share = mean over records of EM's match probability of the best earlier candidate",
            CandidatePairs = candidates.Pairs,
            Iterations = fit.Iterations,
            KnownShare = Significant(known),
            PopulationFloor = settings.PopulationFloor,
            Thresholds = settings.Thresholds,
            TermFrequency = settings.TermFrequency,
            // A level no candidate pair reached gets m = u: no evidence, rather than a ratio of two pseudo-counts.
            Comparisons = [.. comparisons.Select((c, i) => new ComparisonWeights(c.Name,
                [.. c.Levels.Select((level, l) => new LevelWeights(level, Significant(seen[i][l] ? fit.M[i][l] : u[i][l]), Significant(u[i][l])))]))],
        };
    }

    private static async Task AddCandidatesAsync(IReadOnlyList<PersonRecord> source, ComparisonPatterns candidates,
        List<List<ComparisonPattern>> recordPatterns, EstimationSettings settings, Pacing pacing, CancellationToken cancellationToken)
    {
        var byId = source.ToDictionary(r => r.Id);
        var index = new InMemoryBlockingIndex(settings.Cap);
        foreach (var record in source)
        {
            await pacing.StepAsync(cancellationToken);
            var keys = BlockingKeys.Of(record);
            var patterns = new List<ComparisonPattern>();
            foreach (var id in await index.CandidatesAsync(keys, settings.CandidateLimit, cancellationToken))
            {
                patterns.Add(candidates.Add(record, byId[id]));
            }
            recordPatterns.Add(patterns);
            await index.AddAsync(record.Id, keys, cancellationToken);
        }
    }

    // Reached by a candidate pair, where EM learns m; a level only random pairs reach has an m made of EM's pseudo-count.
    private static bool[][] Seen(ComparisonPatterns candidates)
    {
        var seen = candidates.Comparisons.Select(c => new bool[c.Levels.Count]).ToArray();
        foreach (var pattern in candidates.All)
        {
            for (var i = 0; i < seen.Length; i++)
            {
                if (pattern.Levels[i] >= 0)
                {
                    seen[i][pattern.Levels[i]] = true;
                }
            }
        }
        return seen;
    }

    // Six significant digits: the file stays readable and tiny probabilities keep their magnitude.
    private static double Significant(double value) => double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
