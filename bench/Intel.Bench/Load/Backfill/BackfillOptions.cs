using System.Globalization;

namespace Intel.Bench.Load.Backfill;

/// <summary>Options of <c>backfill</c>: how many reports, over how many known entities, in batches of how many lines.</summary>
public sealed record BackfillOptions
{
    /// <summary>The contract's limit (API.md: up to 1,000 lines a batch, 5 MiB).</summary>
    public const int MaxBatch = 1_000;

    public int Reports { get; init; } = 100_000;
    public int Known { get; init; } = 10_000;
    public int Batch { get; init; } = MaxBatch;
    public int InFlight { get; init; } = 1;
    public int DrainSeconds { get; init; } = 1_800;
    public int Top { get; init; } = 15;
    public int Seed { get; init; } = 20250301;

    public const string Usage =
        "usage: Intel.Bench backfill [--reports 100000] [--known 10000] [--batch 1000] [--in-flight 1] [--drain-seconds 1800]\n" +
        "                            [--top 15] [--seed 20250301]";

    public static BackfillOptions Parse(string[] args)
    {
        var options = new BackfillOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--reports" => options with { Reports = Int(value) },
                "--known" => options with { Known = Int(value) },
                "--batch" => options with { Batch = Math.Clamp(Int(value), 1, MaxBatch) },
                "--in-flight" => options with { InFlight = Math.Max(1, Int(value)) },
                "--drain-seconds" => options with { DrainSeconds = Int(value) },
                "--top" => options with { Top = Int(value) },
                "--seed" => options with { Seed = Int(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
            i++;
        }
        return options;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
