using System.Diagnostics;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Estimation;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Resolves labelled records one at a time through the engine, as reports would arrive, and scores the clusters. Like the
/// service, the engine learns how the records it holds err once it holds 1,000, and again at each doubling.
/// </summary>
internal static class ResolutionRun
{
    public static async Task<PairwiseMetrics> RunAsync(string title, IReadOnlyList<LabelledRecord> records, BenchOptions options, string weightsVersion)
    {
        var weights = options.Thresholds(MatchWeights.Load(options.Weights ?? weightsVersion));
        var resolver = new IncrementalResolver(new MatchScorer(weights, new TermFrequencies()), new InMemoryBlockingIndex());
        var decisions = new Dictionary<ResolutionDecision, int>();
        var review = 0;
        var audit = new DecisionAudit();
        var clock = Stopwatch.StartNew();
        int? learntAt = null;
        for (var i = 0; i < records.Count; i++)
        {
            var labelled = records[i];
            // As the service does (ReportingErrorsLearning): learn how the held records err at 1,000 and each doubling.
            if (ReportingErrors.DueAt(i, learntAt) is { } due)
            {
                var first = Math.Max(0, i - ReportingErrors.Sample);
                var held = records.Skip(first).Take(i - first).Select(r => r.Record).ToList();
                // The service learns beside resolution, so the records/s figure leaves the learning out.
                clock.Stop();
                resolver.Rescore((await ReportingErrors.LearnAsync(weights, resolver.Scorer.Weights, held, due, DateTimeOffset.UtcNow)).Weights);
                clock.Start();
                learntAt = due;
            }
            var resolution = await resolver.ResolveAsync(labelled.Record);
            audit.Add(resolver, labelled, resolution);
            decisions[resolution.Decision] = decisions.GetValueOrDefault(resolution.Decision) + 1;
            review += resolution.Review.Count;
        }
        clock.Stop();
        var metrics = PairwiseMetrics.Of(resolver.Clusters.All, records.ToDictionary(r => r.Record.Id, r => r.Truth));
        Console.WriteLine($"{title}: {records.Count} records, {resolver.Clusters.Count} clusters, weights {resolver.Scorer.Weights.Version}");
        Console.WriteLine(FormattableString.Invariant(
            $"  decisions: new {decisions.GetValueOrDefault(ResolutionDecision.NewCluster)}, linked {decisions.GetValueOrDefault(ResolutionDecision.Linked)}, merged {decisions.GetValueOrDefault(ResolutionDecision.Merged)}; review pairs {review}; {records.Count / clock.Elapsed.TotalSeconds:F0} records/s"));
        Console.WriteLine($"  {metrics}");
        if (options.Explain > 0)
        {
            audit.Print();
        }
        Diagnostics.Print(resolver, records, options.Explain);
        if (options.Causes)
        {
            MissedPairs.Print(resolver, records, options.Explain);
        }
        return metrics;
    }
}
