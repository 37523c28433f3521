using System.Diagnostics;
using Intel.Bench.Load.Database;
using Intel.Bench.Load.Platform;
using Intel.Bench.Load.Reports;
using Intel.Bench.Load.Spans;

namespace Intel.Bench.Load.Driving;

/// <summary>A step's cost: processor time by consumer, span totals and PostgreSQL's side over its sending window.</summary>
public sealed record StepCost(IReadOnlyList<(string Name, double Seconds)> Cpu, SpanTable Spans, DatabaseCost Database, int Reports, double Seconds);

/// <summary>Processor time the platform uses with no load at all (its daemons and pollers), over <see cref="Seconds"/>.</summary>
public sealed record IdleFloor(IReadOnlyList<(string Name, double Seconds)> Cpu, double Seconds);

/// <summary>
/// Steps the rate up until the platform stops keeping up (or down, halving, when it cannot keep up with the
/// first), then tries once between the last rate it kept up with and the first it did not. Each step sends for a fixed time, then lets the backlog drain before the
/// next, so one step's leftovers never count against the next; processor time and spans are read over the
/// sending window only, where a sustained step is in its steady state.
/// </summary>
public sealed class Ramp(
    LoadOptions options, ReportFactory factory, IReadOnlyDictionary<string, HttpClient> feeds, ResolvedWatcher watcher,
    StreamListener stream, CpuMeter cpu, DatabaseMeter database, ProcessPlatform platform)
{
    private static readonly TimeSpan AlertWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(15);
    private const double MinimumRate = 0.2;

    public IdleFloor Idle { get; private set; } = new([], 1);

    /// <summary>Reports accepted in every step, the warm-up included.</summary>
    public int Accepted { get; private set; }

    public async Task<IReadOnlyList<(StepResult Result, StepCost Cost)>> RunAsync(string run)
    {
        var (warm, _) = await StepAsync(options.Steps().First(), Math.Min(10, options.Seconds), $"{run}w");
        Console.WriteLine($"  warm-up (not counted): {(warm.Sustained ? "kept up" : warm.Failure)}");
        // Idle means idle: whatever the warm-up left is resolved first.
        await watcher.DrainAsync(TimeSpan.FromMinutes(3));
        var idleFrom = await cpu.ReadAsync();
        await Task.Delay(IdleTime);
        Idle = new IdleFloor(CpuMeter.Between(idleFrom, await cpu.ReadAsync()), IdleTime.TotalSeconds);
        Console.WriteLine($"  idle floor, share of a core: {string.Join(", ", Idle.Cpu.Select(i => FormattableString.Invariant($"{i.Name} {i.Seconds / Idle.Seconds:P0}")))}");

        var steps = new List<(StepResult Result, StepCost Cost)>();
        var n = 0;
        foreach (var rate in options.Steps())
        {
            steps.Add(await StepAsync(rate, options.Seconds, $"{run}s{n++}"));
            Console.WriteLine(steps[^1].Result);
            if (!steps[^1].Result.Sustained)
            {
                break;
            }
        }
        // Not even the first rate: halve it until one is kept up with, so a starved machine still gets a figure.
        for (var rate = steps[0].Result.Target / 2; !steps[0].Result.Sustained && rate >= MinimumRate; rate /= 2)
        {
            await watcher.DrainAsync(TimeSpan.FromMinutes(3));
            steps.Insert(0, await StepAsync(Math.Round(rate, 2), options.Seconds, $"{run}d{n++}"));
            Console.WriteLine(steps[0].Result);
        }
        if (steps is [.., var (kept, _), var (lost, _)] && kept.Sustained && !lost.Sustained)
        {
            var between = Math.Round(Math.Sqrt(kept.Target * lost.Target), 2);
            // The lost step's backlog must be gone first, or it would count against this one.
            await watcher.DrainAsync(TimeSpan.FromMinutes(3));
            steps.Insert(steps.Count - 1, await StepAsync(between, options.Seconds, $"{run}s{n}"));
            Console.WriteLine(steps[^2].Result);
        }
        return steps;
    }

    /// <summary>One step at a fixed rate from an empty backlog (the soak), with <paramref name="beside"/> running alongside from its start.</summary>
    public async Task<(StepResult Result, StepCost Cost)> HoldAsync(double rate, int seconds, string run, Func<Task> beside)
    {
        await watcher.DrainAsync(TimeSpan.FromMinutes(3));
        var besides = beside();
        var step = await StepAsync(rate, seconds, run);
        await besides;
        return step;
    }

    private async Task<(StepResult Result, StepCost Cost)> StepAsync(double rate, int seconds, string run)
    {
        var reports = Enumerable.Range(0, (int)Math.Round(rate * seconds)).Select(_ => factory.Next(run)).ToList();
        var step = new LoadStep(feeds, watcher);
        var window = await database.StartAsync();
        var (cpuBefore, spansBefore) = (await cpu.ReadAsync(), SpanTable.Read(platform.Parts));
        await step.SendAsync(reports, rate);
        var (cpuAfter, spansAfter) = (await cpu.ReadAsync(), SpanTable.Read(platform.Parts));
        var databaseCost = await database.StopAsync(window);

        var unresolved = await watcher.DrainAsync(TimeSpan.FromSeconds(Math.Max(30, seconds)));
        var waited = Stopwatch.StartNew();
        while (step.Accepted.Any(a => a.AlertExpected && watcher.Resolved.ContainsKey(a.Id) && !stream.Received.ContainsKey(a.Id)) && waited.Elapsed < AlertWait)
        {
            await Task.Delay(100);
        }
        var result = StepResult.Of(rate, step, watcher, stream.Received, unresolved, options.P99LimitMs);
        Accepted += result.Accepted;
        return (result, new StepCost(CpuMeter.Between(cpuBefore, cpuAfter), spansAfter.Since(spansBefore), databaseCost, step.Accepted.Count, step.SendSeconds));
    }
}
