using System.Diagnostics;
using System.Globalization;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Platform;

namespace Intel.Bench.Load.Memory;

/// <summary>
/// <c>--soak-seconds</c>: one long step at a fixed rate (by default 80 % of the highest sustained), each part's
/// working set read every ten seconds, and its least-squares slope in MB a minute. The slope over the second half
/// is printed beside the whole run's, since a .NET process's heap grows for a while after start before it settles:
/// a part that still grows in the second half grows without bound.
/// </summary>
public static class Soak
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(Ramp ramp, ProcessPlatform platform, double rate, int seconds, string run)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  soak at {rate:0.##} reports/s for {seconds} s, each part's working set every {Every.TotalSeconds:F0} s:"));
        var samples = new List<(double Minutes, IReadOnlyDictionary<string, double> Megabytes)>();
        async Task SampleAsync()
        {
            var clock = Stopwatch.StartNew();
            for (var next = TimeSpan.Zero; next.TotalSeconds <= seconds; next += Every)
            {
                if (next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }
                samples.Add((clock.Elapsed.TotalMinutes, WorkingSets.Read(platform)));
            }
        }
        var (result, _) = await ramp.HoldAsync(rate, seconds, run, SampleAsync);
        Console.WriteLine(result);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {"part",-18} {"first MB",8} {"max MB",8} {"last MB",8} {"MB/min",8} {"2nd half",8}  ({samples.Count} samples)"));
        foreach (var part in platform.Parts.Select(p => p.Part))
        {
            var points = samples.Select(s => (s.Minutes, s.Megabytes.GetValueOrDefault(part))).ToList();
            var secondHalf = points.Skip(points.Count / 2).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {part,-18} {points[0].Item2,8:F0} {points.Max(p => p.Item2),8:F0} {points[^1].Item2,8:F0} {Slope.Of(points),8:F2} {Slope.Of(secondHalf),8:F2}"));
        }
    }
}
