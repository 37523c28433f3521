using System.Globalization;
using Intel.Bench.Load.Platform;

namespace Intel.Bench.Load.Memory;

/// <summary>Each part's working set (resident memory, /proc's VmRSS), in MB: what the memory target is about.</summary>
public static class WorkingSets
{
    public static IReadOnlyDictionary<string, double> Read(ProcessPlatform platform) =>
        platform.Parts.ToDictionary(p => p.Part, p => p.ResidentBytes / (1024.0 * 1024));

    public static string Line(ProcessPlatform platform) =>
        string.Join(", ", Read(platform).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F0} MB")));
}
