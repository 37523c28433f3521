namespace Intel.Bench;

/// <summary>Latency percentiles of a run, printed as the benchmark's figures.</summary>
public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public override string ToString() => FormattableString.Invariant($"n={Count,6} p50={P50,7:F1} ms p95={P95,7:F1} ms p99={P99,7:F1} ms max={Max,7:F1} ms");
}
