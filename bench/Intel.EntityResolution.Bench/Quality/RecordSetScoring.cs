using Intel.EntityResolution.Bench.Records;
using Intel.EntityResolution.Matching.Scoring;
using Intel.EntityResolution.People;

namespace Intel.EntityResolution.Bench.Quality;

/// <summary>
/// Resolves each record set in its arrival order through the engine as the service configures it (its
/// default weights unless --weights, default resolver options) and scores the clusters pairwise.
/// </summary>
internal static class RecordSetScoring
{
    public static async Task<IReadOnlyList<Figure>> RunAsync(IEnumerable<RecordSet> sets, BenchOptions options)
    {
        var figures = new List<Figure>();
        foreach (var set in sets)
        {
            var metrics = await ResolutionRun.RunAsync(set.Name, set.Records(), options, MatchingModel.DefaultWeights);
            figures.Add(Figure.AtLeast(set.Name, "precision", metrics.Precision, set.MinPrecision));
            figures.Add(Figure.Info(set.Name, "recall", metrics.Recall));
            figures.Add(Figure.AtLeast(set.Name, "F1", metrics.F1, set.MinF1));
            if (set.Screening is { } screening)
            {
                figures.AddRange(await screening.ScoreAsync(set.Name, options.Thresholds(MatchWeights.Load(options.Weights ?? MatchingModel.DefaultWeights))));
            }
        }
        return figures;
    }
}
