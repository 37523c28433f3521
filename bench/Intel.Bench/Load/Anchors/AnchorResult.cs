using System.Globalization;

namespace Intel.Bench.Load.Anchors;

/// <summary>What a bare component sustains on this machine: the ceiling the platform's rate is compared with.</summary>
public sealed record AnchorResult(string Name, double Rate, string Unit, Percentiles Latency, string Detail)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"  {Name}: {Rate:F0} {Unit}/s ({Detail})\n    latency at saturation {Latency}");
}
