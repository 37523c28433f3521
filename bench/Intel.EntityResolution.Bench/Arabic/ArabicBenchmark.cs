using Intel.EntityResolution.Bench.Arabic;

namespace Intel.EntityResolution.Bench;

/// <summary>Arabic and Kurdish persons across scripts and spellings: targets F1 ≥ 0.95 and precision ≥ 0.98.</summary>
internal static class ArabicBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var records = ArabicDataSet.Generate();
        var people = records.Select(r => r.Truth).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"Arabic/Kurdish persons: {records.Count} mentions of {people} people (seed {ArabicDataSet.Seed})");
        if (options.Oracle)
        {
            await Oracle.PrintAsync(records, options.Thresholds(Matching.Scoring.MatchWeights.Load(options.Weights ?? People.MatchingModel.DefaultWeights)));
        }
        var metrics = await ResolutionRun.RunAsync("arabic", records, options, People.MatchingModel.DefaultWeights);
        var met = metrics.F1 >= 0.95 && metrics.Precision >= 0.98;
        Console.WriteLine(met ? "targets met (F1 >= 0.95, precision >= 0.98)" : "TARGETS NOT MET (F1 >= 0.95, precision >= 0.98)");
        return met ? 0 : 1;
    }
}
