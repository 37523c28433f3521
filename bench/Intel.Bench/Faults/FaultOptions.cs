using System.Globalization;

namespace Intel.Bench.Faults;

/// <summary>The fault program's options: how long and how hard the load runs, which faults, and the dice.</summary>
public sealed record FaultOptions(int Seconds, int Rate, IReadOnlyList<string> Faults, int Seed, int DrainSeconds)
{
    public static readonly string[] Kinds = ["kill", "rabbitmq", "postgres", "poison"];

    public const string Usage =
        "faults [--seconds 120] [--rate 20] [--faults kill,rabbitmq,postgres,poison] [--seed N] [--drain-seconds 180]";

    public static FaultOptions Parse(string[] args)
    {
        var faults = (Text(args, "--faults") ?? string.Join(',', Kinds)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (faults.FirstOrDefault(f => !Kinds.Contains(f)) is { } unknown)
        {
            throw new ArgumentException($"Unknown fault '{unknown}'; the faults are {string.Join(", ", Kinds)}.");
        }
        return new FaultOptions(
            Number(args, "--seconds", 120), Number(args, "--rate", 20), faults,
            Number(args, "--seed", Environment.TickCount & 0xFFFF), Number(args, "--drain-seconds", 180));
    }

    private static int Number(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
