using System.Diagnostics;
using Intel.EntityResolution.Bench.Quality;
using Intel.EntityResolution.Bench.Records;

namespace Intel.EntityResolution.Bench.EndToEnd;

/// <summary>
/// A record set through the running platform: each record submitted as a report through the gateway in
/// arrival order (--limit N takes the first N), each report's person followed to the entity it ends in
/// once every report is resolved, and the entities scored pairwise as the in-memory run scores clusters.
/// Reports the API rejects are listed and left out of the score. Use a platform whose store holds no
/// earlier run of the same set, or those entities absorb this run's reports.
/// </summary>
internal static class EndToEndCommand
{
    private const int BatchLines = 1000;

    public static async Task<int> RunAsync(string? name, BenchOptions options)
    {
        var folders = new DataFolders(options, [.. RecordSets.All.Select(s => s.Folder)]);
        var sets = RecordSets.All
            .Where(s => name is not null && (name == s.Folder || name.StartsWith(s.Folder + "/", StringComparison.Ordinal)))
            .SelectMany(s => s.Load(folders.Of(s.Folder)))
            .Where(s => s.Name == name || s.Name.StartsWith(name + "/", StringComparison.Ordinal))
            .ToList();
        if (sets is not [var set])
        {
            Console.Error.WriteLine(sets.Count > 1
                ? $"e2e needs one record set of {name}: {string.Join(", ", sets.Select(s => s.Name))}"
                : $"e2e needs a record set of {string.Join(", ", RecordSets.All.Select(s => s.Folder))}");
            return 2;
        }
        var people = set.InArrivalOrder().Take(options.Limit ?? int.MaxValue).ToList();
        var run = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"{set.Name}: {people.Count} reports to {options.Gateway} as {options.Client}, references er-bench-{run}-N");
        using var gateway = new GatewayClient(options.Gateway, options.Client, options.Secret);
        var clock = Stopwatch.StartNew();
        var reports = await SubmitAsync(gateway, people, run);
        Console.WriteLine($"  {reports.Count} accepted in {clock.Elapsed.TotalSeconds:F0} s");
        var entities = await Resolution.FinalEntitiesAsync(gateway, reports);
        Console.WriteLine($"  resolved and followed to their entities after {clock.Elapsed.TotalSeconds:F0} s");
        var truth = entities.Keys.ToDictionary(i => (long)i, i => people[i].Truth);
        var metrics = PairwiseMetrics.Of(entities.GroupBy(e => e.Value).Select(g => (IReadOnlyList<long>)[.. g.Select(e => (long)e.Key)]), truth);
        Console.WriteLine($"  {metrics}");
        Figure.PrintTable(
        [
            Figure.AtLeast(set.Name, "precision", metrics.Precision, set.MinPrecision),
            Figure.Info(set.Name, "recall", metrics.Recall),
            Figure.AtLeast(set.Name, "F1", metrics.F1, set.MinF1),
        ]);
        return metrics.Precision >= set.MinPrecision && metrics.F1 >= set.MinF1 ? 0 : 1;
    }

    /// <summary>The report id of each accepted record, by its index in arrival order.</summary>
    private static async Task<Dictionary<int, Guid>> SubmitAsync(GatewayClient gateway, List<ReportedPerson> people, string run)
    {
        var reports = new Dictionary<int, Guid>();
        var rejected = 0;
        foreach (var batch in Enumerable.Range(0, people.Count).Chunk(BatchLines))
        {
            var results = await gateway.SubmitBatchAsync([.. batch.Select(i => ReportLines.Line(people[i], $"er-bench-{run}-{i + 1}"))]);
            foreach (var result in results.OfType<System.Text.Json.Nodes.JsonNode>())
            {
                var index = batch[result["line"]!.GetValue<int>() - 1];
                if (result["status"]?.GetValue<string>() is "accepted" or "duplicate")
                {
                    reports[index] = result["id"]!.GetValue<Guid>();
                }
                else if (rejected++ < 10)
                {
                    Console.WriteLine($"  rejected record {index + 1}: {result["errors"]?.ToJsonString()}");
                }
            }
        }
        Console.WriteLine($"  {rejected} rejected by the API (left out of the score)");
        return reports;
    }
}
