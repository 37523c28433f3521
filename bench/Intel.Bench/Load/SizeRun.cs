using System.Globalization;
using System.Net.Http.Json;
using Intel.Bench.Load.Database;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Memory;
using Intel.Bench.Load.Platform;
using Intel.Bench.Load.Preload;
using Intel.Bench.Load.Reports;
using Intel.Bench.Load.Spans;

namespace Intel.Bench.Load;

public sealed record SizeResult(int Known, PreloadResult? Preload, StepResult? Best, StepCost? BestCost, IdleFloor Idle, double EventsPerReport, double MessagesPerReport);

/// <summary>
/// One known-entity size: the platform started on a fresh database with that many known entities (<see cref="LoadRun"/>),
/// one watching analyst signed in, then the ramp, where the time went, and the soak if asked for.
/// </summary>
public static class SizeRun
{
    private const double SoakShare = 0.8;
    private static readonly string[] WatchRules = ["watched-entity-seen"];

    public static async Task<SizeResult> RunAsync(int known, LoadOptions options)
    {
        await using var run = await LoadRun.StartAsync("load", known, options.Seed);
        var (scratch, platform) = (run.Scratch, run.Platform);
        using var analyst = await Intel.Testing.PartnerClient.ForAsync(platform.Gateway, $"{ReportFactory.Viewer}-analyst");

        var factory = new ReportFactory(run.Population, known, options.Seed + known);
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "load: persons of interest", watch = new { selectors = factory.WatchedSelectors }, rules = WatchRules,
        })).EnsureSuccessStatusCode();
        using var stream = new StreamListener(analyst);
        var listening = stream.RunAsync();
        await using var watcher = new ResolvedWatcher(scratch.Postgres);
        watcher.Start();
        var database = await DatabaseMeter.CreateAsync(scratch.Postgres, watcher);

        var (eventsBefore, messagesBefore) = (await scratch.EventsAsync(), await scratch.PublishedAsync());
        var ramp = new Ramp(options, factory, run.Feeds, watcher, stream, new CpuMeter(platform, scratch.Postgres), database, platform);
        var steps = await ramp.RunAsync($"k{known}");
        var events = (await scratch.EventsAsync() - eventsBefore) / (double)Math.Max(1, ramp.Accepted);
        var messages = (await scratch.PublishedAsync() - messagesBefore) / (double)Math.Max(1, ramp.Accepted);

        // The costs at the highest sustained rate, and at the first one not sustained, where the bottleneck shows.
        var sustained = steps.Where(s => s.Result.Sustained).ToList();
        foreach (var (result, cost) in sustained.TakeLast(1).Concat(steps.Where(s => !s.Result.Sustained).Take(1)))
        {
            Console.WriteLine(Invariant($"  where the time goes at {result.Target:0.##} reports/s ({(result.Sustained ? "sustained" : "not sustained")}, {known:N0} known entities):"));
            CostProfile.Print(cost, ramp.Idle, options.Top);
        }
        Console.WriteLine(Invariant($"  per report: {events:F1} events appended, {messages:F1} messages published (every report of the ramp)"));

        if (options.SoakSeconds > 0)
        {
            var rate = options.SoakRate ?? (sustained.Count > 0 ? Math.Round(SoakShare * sustained[^1].Result.Target, 1) : (double?)null);
            if (rate is { } soakRate)
            {
                await Soak.RunAsync(ramp, platform, soakRate, options.SoakSeconds, $"k{known}soak");
            }
            else
            {
                Console.WriteLine("  soak skipped: no rate was sustained and --soak-rate was not given");
            }
        }
        Console.WriteLine($"  working set at the end: {WorkingSets.Line(platform)}");

        stream.Stop();
        await listening;
        return new SizeResult(known, run.Preload, sustained.Count > 0 ? sustained[^1].Result : null, sustained.Count > 0 ? sustained[^1].Cost : null, ramp.Idle, events, messages);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
