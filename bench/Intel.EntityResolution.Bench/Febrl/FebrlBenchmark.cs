using Intel.EntityResolution.Bench.Febrl;
using Intel.EntityResolution.Bench.Quality;

namespace Intel.EntityResolution.Bench;

/// <summary>FEBRL alone: the quality command's febrl sets, read from --data, INTEL_FEBRL_DIR or the shared data.</summary>
internal static class FebrlBenchmark
{
    public static Task<int> RunAsync(BenchOptions options) =>
        QualityCommand.RunAsync(options with
        {
            Data = null,
            Only = [FebrlData.Folder],
            Sets = new Dictionary<string, string>(StringComparer.Ordinal) { [FebrlData.Folder] = options.FebrlDirectory },
        });

    /// <summary>4a+4b and 3 in file order, for the weights estimate.</summary>
    public static (IReadOnlyList<LabelledRecord> Four, IReadOnlyList<LabelledRecord> Three) Load(string directory)
    {
        var id = 1L;
        var four = FebrlData.Read(directory, "dataset4a.csv", "dataset4b.csv").Select(p => p.ToRecord(id++)).ToList();
        var three = FebrlData.Read(directory, "dataset3.csv").Select(p => p.ToRecord(id++)).ToList();
        return (four, three);
    }
}
