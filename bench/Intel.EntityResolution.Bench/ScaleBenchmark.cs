using System.Diagnostics;
using Intel.EntityResolution.Bench.Arabic;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Mentions resolved per second with 10,000, 100,000 and 1,000,000 entities already known. For each size
/// the known entities are bulk-loaded (one record each, not scored) into an engine with the in-memory
/// blocking index; then a batch of new mentions, half of them of known people, is resolved. The batches
/// are timed in chunks taken in turn across the sizes, and each size's median chunk is reported: the
/// machine is shared, and a neighbour's build then slows every size alike instead of one.
/// </summary>
internal static class ScaleBenchmark
{
    private const int Batch = 5_000;
    private const int Chunks = 10;

    private sealed record Run(int Size, IncrementalResolver Resolver, InMemoryBlockingIndex Index, IReadOnlyList<PersonRecord> Batch, TimeSpan Load)
    {
        public List<double> Rates { get; } = [];
        public List<double> CpuMicros { get; } = [];
        public List<double> GcMicros { get; } = [];
        public List<double> AllocatedKb { get; } = [];
        public long Candidates { get; set; }
        public long Linked { get; set; }
        public long Review { get; set; }
    }

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var weights = MatchWeights.Load(options.Weights ?? People.MatchingModel.DefaultWeights);
        // A throwaway run first, so no size is timed while the JIT is still optimising.
        var warmUp = await PrepareAsync(weights, 2_000);
        await TimeChunkAsync(warmUp, warmUp.Batch);
        var runs = new List<Run>();
        foreach (var size in options.Sizes)
        {
            runs.Add(await PrepareAsync(weights, size));
        }
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            foreach (var run in runs)
            {
                await TimeChunkAsync(run, run.Batch.Skip(chunk * Batch / Chunks).Take(Batch / Chunks).ToList());
            }
        }
        foreach (var run in runs)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{run.Size,9:N0} known entities: {Median(run.Rates),6:F0} mentions/s, {Median(run.CpuMicros):F0} µs of processor time a mention, {run.GcMicros.Average():F0} µs of it in GC pauses, {Median(run.AllocatedKb):F0} KB allocated (medians of {Chunks} chunks of {Batch / Chunks}; GC on average)"));
            Console.WriteLine(FormattableString.Invariant(
                $"{"",9}   {(double)run.Candidates / Batch:F1} candidates scored a mention, {run.Linked * 100.0 / Batch:F0}% linked, {(double)run.Review / Batch:F2} clusters a mention for review; {run.Index.SaturatedKeys:N0} keys over the cap of {run.Index.Cap}; entities loaded in {run.Load.TotalSeconds:F1} s"));
        }
        var rates = runs.Select(r => Median(r.Rates)).ToList();
        var spread = rates.Max() / rates.Min() - 1;
        Console.WriteLine(FormattableString.Invariant($"in-memory blocking index; fastest to slowest rate: {spread:P0} apart (target: within 25%)"));
        return spread <= 0.25 ? 0 : 1;
    }

    private static async Task<Run> PrepareAsync(MatchWeights weights, int size)
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
        // Half the batch are other mentions of known people, half are people not seen before.
        var batch = Enumerable.Range(0, Batch)
            .Select(i => mentions.Mention(i % 2 == 0 ? people[population.Random.Next(size)] : people[size + i / 2], id++).Record)
            .ToList();
        return new Run(size, resolver, index, batch, load.Elapsed);
    }

    private static async Task TimeChunkAsync(Run run, IReadOnlyList<PersonRecord> chunk)
    {
        // Processor time is the engine's own cost; wall time is what the rate is.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        foreach (var record in chunk)
        {
            var resolution = await run.Resolver.ResolveAsync(record);
            run.Candidates += resolution.CandidatesScored;
            run.Review += resolution.Review.Count;
            run.Linked += resolution.Decision == ResolutionDecision.NewCluster ? 0 : 1;
        }
        run.Rates.Add(chunk.Count / clock.Elapsed.TotalSeconds);
        run.CpuMicros.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / chunk.Count);
        run.AllocatedKb.Add((GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / chunk.Count);
        run.GcMicros.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds * 1000 / chunk.Count);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
