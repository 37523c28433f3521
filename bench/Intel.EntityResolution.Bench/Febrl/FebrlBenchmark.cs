using Intel.EntityResolution.Bench.Febrl;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// FEBRL: dataset4a then dataset4b (5,000 true pairs, target F1 ≥ 0.99) and dataset3 (2,000 people with up
/// to five duplicates each, target F1 ≥ 0.97), each resolved incrementally from an empty engine.
/// </summary>
internal static class FebrlBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var directory = options.FebrlDirectory;
        Console.WriteLine($"FEBRL from {directory}");
        var (four, three) = Load(directory);
        var metrics4 = await ResolutionRun.RunAsync("dataset4a+4b", four, options, "febrl-v1");
        var metrics3 = await ResolutionRun.RunAsync("dataset3", three, options, "febrl-v1");
        var met = metrics4.F1 >= 0.99 && metrics3.F1 >= 0.97;
        Console.WriteLine(met ? "targets met (F1 >= 0.99 on 4a+4b, >= 0.97 on 3)" : "TARGETS NOT MET (F1 >= 0.99 on 4a+4b, >= 0.97 on 3)");
        return met ? 0 : 1;
    }

    public static (IReadOnlyList<LabelledRecord> Four, IReadOnlyList<LabelledRecord> Three) Load(string directory)
    {
        var id = 1L;
        var four = FebrlData.Read(directory, ["dataset4a.csv", "dataset4b.csv"], ref id);
        var three = FebrlData.Read(directory, ["dataset3.csv"], ref id);
        return (four, three);
    }
}
