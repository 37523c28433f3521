using System.Globalization;

namespace Intel.Bench.Load;

/// <summary>
/// Options of <c>load</c>. The ramp starts at <see cref="Start"/> reports/s and multiplies by <see cref="Factor"/>
/// each step (or follows <see cref="Rates"/>) until the platform falls behind.
/// </summary>
public sealed record LoadOptions
{
    public int Seconds { get; init; } = 20;
    public double Start { get; init; } = 1;
    public double Factor { get; init; } = 1.5;
    public int MaxSteps { get; init; } = 14;
    public IReadOnlyList<double>? Rates { get; init; }
    public IReadOnlyList<int> Known { get; init; } = [10_000, 100_000, 1_000_000];
    public double P99LimitMs { get; init; } = 5_000;
    public int AnchorSeconds { get; init; } = 10;
    public int AnchorConcurrency { get; init; } = 16;
    public int Top { get; init; } = 15;
    public int Seed { get; init; } = 20250301;

    /// <summary>After the ramp, a step this long at <see cref="SoakRate"/> with each part's working set sampled; 0: none.</summary>
    public int SoakSeconds { get; init; }

    /// <summary>The soak's rate; by default 80 % of the highest rate the ramp sustained.</summary>
    public double? SoakRate { get; init; }

    public const string Usage =
        "usage: Intel.Bench load [--seconds 20] [--start 1] [--factor 1.5] [--max-steps 14] [--rates 5,10,20]\n" +
        "                        [--known 10000,100000,1000000] [--p99-limit-ms 5000] [--anchor-seconds 10]\n" +
        "                        [--anchor-concurrency 16] [--top 15] [--seed 20250301]\n" +
        "                        [--soak-seconds 600] [--soak-rate R (default 80 % of the highest sustained)]";

    public IEnumerable<double> Steps() =>
        Rates ?? Enumerable.Range(0, MaxSteps).Select(i => Math.Round(Start * Math.Pow(Factor, i), 1));

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Int(value) },
                "--start" => options with { Start = Number(value) },
                "--factor" => options with { Factor = Number(value) },
                "--max-steps" => options with { MaxSteps = Int(value) },
                "--rates" => options with { Rates = [.. value.Split(',').Select(Number)] },
                "--known" => options with { Known = [.. value.Split(',').Select(Int)] },
                "--p99-limit-ms" => options with { P99LimitMs = Number(value) },
                "--anchor-seconds" => options with { AnchorSeconds = Int(value) },
                "--anchor-concurrency" => options with { AnchorConcurrency = Int(value) },
                "--top" => options with { Top = Int(value) },
                "--seed" => options with { Seed = Int(value) },
                "--soak-seconds" => options with { SoakSeconds = Int(value) },
                "--soak-rate" => options with { SoakRate = Number(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
            i++;
        }
        return options;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
