using System.Diagnostics;
using Intel.EntityResolution.Bench.Quality;
using Intel.EntityResolution.Bench.Records;
using Intel.EntityResolution.People;

namespace Intel.EntityResolution.Bench.EndToEnd;

/// <summary>
/// A record set through the running platform: each record submitted as a report through the gateway in
/// arrival order (--limit N takes the first N), each report's person followed to the entity it ends in
/// once every report is resolved, and the entities scored pairwise as the in-memory run scores clusters,
/// next to the in-memory engine's figures for the same records. Reports the API rejects are listed and left
/// out of both scores. Use a platform whose store holds no earlier run, or its entities absorb this run's reports.
/// </summary>
internal static class EndToEndCommand
{
    // The API takes up to 1,000 lines a batch, but the gateway cuts a request off after 30 seconds, and a
    // local Debug platform busy resolving stores about 10 of these reports a second: 100 lines take about 10.
    private const int BatchLines = 100;

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
        Console.WriteLine($"{set.Name}: {people.Count} reports to {options.Gateway} as {options.Client}, read as {options.Reader}, references er-bench-{run}-N");
        using var feed = new GatewayClient(options.Gateway, options.Client, options.Secret);
        using var reader = new GatewayClient(options.Gateway, options.Reader, options.ReaderSecret);
        var clock = Stopwatch.StartNew();
        var reports = await SubmitAsync(feed, people, run);
        Console.WriteLine($"  {reports.Count} accepted in {clock.Elapsed.TotalSeconds:F0} s");
        var entities = await Resolution.FinalEntitiesAsync(reader, reports);
        Console.WriteLine($"  resolved and followed to their entities after {clock.Elapsed.TotalSeconds:F0} s");
        var truth = entities.Keys.ToDictionary(i => (long)i, i => people[i].Truth);
        var metrics = PairwiseMetrics.Of(entities.GroupBy(e => e.Value).Select(g => (IReadOnlyList<long>)[.. g.Select(e => (long)e.Key)]), truth);
        Console.WriteLine($"  {metrics}");
        var engine = await InMemoryAsync(set.Name, people, [.. entities.Keys.Order()], options);
        Figure.PrintTable(
        [
            Figure.AtLeast(set.Name, "precision", metrics.Precision, set.MinPrecision),
            Figure.Info(set.Name, "recall", metrics.Recall),
            Figure.AtLeast(set.Name, "F1", metrics.F1, set.MinF1),
            Figure.Info(set.Name, "in-memory precision", engine.Precision),
            Figure.Info(set.Name, "in-memory recall", engine.Recall),
            Figure.Info(set.Name, "in-memory F1", engine.F1),
        ]);
        return metrics.Precision >= set.MinPrecision && metrics.F1 >= set.MinF1 ? 0 : 1;
    }

    /// <summary>
    /// The same records as they reached the platform (the scored ones, in the same order, without what the
    /// API cannot carry: a date of birth before 1900, FEBRL's address) through the engine in memory, one at a
    /// time as quality runs it: what the platform adds or loses.
    /// </summary>
    private static Task<PairwiseMetrics> InMemoryAsync(string set, List<ReportedPerson> people, IReadOnlyList<int> scored, BenchOptions options) =>
        ResolutionRun.RunAsync($"{set} in memory, the {scored.Count} records scored above", [.. scored.Select(i =>
            (people[i] with { Person = ReportLines.Api(people[i].Person), Address = null }).ToRecord(i + 1))], options, MatchingModel.DefaultWeights);

    /// <summary>The report id of each accepted record, by its index in arrival order; rejections counted by their errors.</summary>
    private static async Task<Dictionary<int, Guid>> SubmitAsync(GatewayClient gateway, List<ReportedPerson> people, string run)
    {
        var reports = new Dictionary<int, Guid>();
        var rejected = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var batch in Enumerable.Range(0, people.Count).Chunk(BatchLines))
        {
            var results = await gateway.SubmitBatchAsync([.. batch.Select(i => ReportLines.Line(people[i], $"er-bench-{run}-{i + 1}"))]);
            foreach (var result in results.OfType<System.Text.Json.Nodes.JsonNode>())
            {
                var index = batch[result["line"]!.GetValue<int>() - 1];
                if (result["status"]?.GetValue<string>() is "accepted" or "duplicate")
                {
                    reports[index] = result["id"]!.GetValue<Guid>();
                    continue;
                }
                var errors = result["errors"]?.ToJsonString() ?? "(no errors given)";
                rejected[errors] = rejected.TryGetValue(errors, out var seen) ? (seen.Count + 1, seen.First) : (1, index + 1);
            }
        }
        Console.WriteLine($"  {rejected.Values.Sum(r => r.Count)} rejected by the API (left out of the score)");
        foreach (var (errors, (count, first)) in rejected.OrderByDescending(r => r.Value.Count))
        {
            Console.WriteLine($"    {count} x {errors} (first: record {first})");
        }
        return reports;
    }
}
