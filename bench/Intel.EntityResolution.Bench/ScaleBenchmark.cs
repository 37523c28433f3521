using System.Diagnostics;
using Intel.EntityResolution.Bench.Arabic;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Mentions resolved per second with 10,000, 100,000 and 1,000,000 entities already known. The known
/// entities are bulk-loaded (one record each, not scored); then a fixed batch of new mentions, half of them
/// of known people, is resolved and timed. The blocking index is the in-memory one; the cap on keys keeps
/// the candidates per mention bounded however many entities there are.
/// </summary>
internal static class ScaleBenchmark
{
    private const int Batch = 5_000;
    private const int Chunks = 10;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var weights = MatchWeights.Load(options.Weights ?? "person-v1");
        var rates = new List<double>();
        // A throwaway round first, so the first size is not timed while the JIT is still optimising.
        await MeasureAsync(weights, 2_000, quiet: true);
        foreach (var size in options.Sizes)
        {
            rates.Add(await MeasureAsync(weights, size, quiet: false));
        }
        var spread = rates.Max() / rates.Min() - 1;
        Console.WriteLine(FormattableString.Invariant($"in-memory blocking index; slowest to fastest rate differ by {spread:P0} (target: within 25%)"));
        return spread <= 0.25 ? 0 : 1;
    }

    private static async Task<double> MeasureAsync(MatchWeights weights, int size, bool quiet)
    {
        var population = new ArabicPopulation(ArabicDataSet.Seed + size);
        var people = population.People(size + Batch / 2);
        var mentions = new ArabicMentions(population);
        var index = new InMemoryBlockingIndex();
        var resolver = new IncrementalResolver(new MatchScorer(weights, new TermFrequencies()), index);
        var id = 1L;
        var load = Stopwatch.StartNew();
        foreach (var person in people.Take(size))
        {
            await resolver.AddKnownAsync(mentions.Mention(person, id++).Record);
        }
        load.Stop();
        // Half the batch are other mentions of known people, half are people not seen before.
        var batch = Enumerable.Range(0, Batch)
            .Select(i => mentions.Mention(i % 2 == 0 ? people[population.Random.Next(size)] : people[size + i / 2], id++).Record)
            .ToList();
        var lookups = Stopwatch.StartNew();
        foreach (var record in batch)
        {
            await index.CandidatesAsync(BlockingKeys.Of(record), new ResolverOptions().CandidateLimit);
        }
        lookups.Stop();
        var (collections, paused) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var candidates = 0L;
        // Timed in chunks and the median chunk reported: the machine is shared, and a neighbour's build
        // slows one chunk, not the engine.
        var chunks = new List<double>();
        var clock = Stopwatch.StartNew();
        foreach (var chunk in batch.Chunk(Batch / Chunks))
        {
            var chunkClock = Stopwatch.StartNew();
            foreach (var record in chunk)
            {
                candidates += (await resolver.ResolveAsync(record)).CandidatesScored;
            }
            chunks.Add(chunk.Length / chunkClock.Elapsed.TotalSeconds);
        }
        clock.Stop();
        var rate = chunks.Order().ElementAt(chunks.Count / 2);
        if (!quiet)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{size,9:N0} known entities: {rate,6:F0} mentions/s (median of {Chunks} chunks), {1e6 / rate:F0} µs each; over the whole batch {clock.Elapsed.TotalMilliseconds * 1000 / Batch:F0} µs each (index lookup {lookups.Elapsed.TotalMilliseconds * 1000 / Batch:F0} µs, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds * 1000 / Batch:F0} µs, {GC.CollectionCount(2) - collections} full GCs)"));
            Console.WriteLine(FormattableString.Invariant(
                $"{"",9}   {(double)candidates / Batch:F1} candidates scored a mention; {index.SaturatedKeys:N0} keys over the cap of {index.Cap}; entities loaded in {load.Elapsed.TotalSeconds:F1} s"));
        }
        return rate;
    }
}
