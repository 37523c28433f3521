using System.Diagnostics;
using System.Globalization;
using Intel.Bench.Load.Database;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Memory;
using Intel.Bench.Load.Platform;
using Intel.Bench.Load.Reports;
using Intel.Bench.Load.Spans;

namespace Intel.Bench.Load.Backfill;

/// <summary>
/// <c>backfill</c>: a partner pushing its archive. The load's realistic reports go through POST
/// /api/v1/reports/batch from the five agencies' feeds at once, as fast as the platform answers; the rate is every
/// stored report over the time from the first batch sent to the last report resolved (the issue's measure),
/// with refusals counted and where the processor time went over that whole span.
/// </summary>
public static class BackfillCommand
{
    private const int WarmUpReports = 100;
    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = BackfillOptions.Parse(args);
        Console.WriteLine(Invariant(
            $"backfill: {options.Reports:N0} reports through POST /api/v1/reports/batch, five agencies' feeds at once, {options.Batch} lines a batch, {options.InFlight} in flight a feed; {options.Known:N0} known entities"));
        await using var run = await LoadRun.StartAsync("backfill", options.Known, options.Seed);
        var (scratch, platform) = (run.Scratch, run.Platform);
        // Once a second: the resolution times come from the database either way, and polling tens of thousands of
        // pending ids ten times a second would take a share of the two cores the platform is measured on.
        await using var watcher = new ResolvedWatcher(scratch.Postgres, TimeSpan.FromSeconds(1));
        watcher.Start();
        var factory = new ReportFactory(run.Population, options.Known, options.Seed + options.Known);
        var cpu = new CpuMeter(platform, scratch.Postgres);
        var database = await DatabaseMeter.CreateAsync(scratch.Postgres, watcher);

        // A first batch from every feed through every path, resolved, before anything is measured; then the idle floor.
        var warm = new BatchTally();
        await SendAsync(run, watcher, warm, [.. Enumerable.Range(0, WarmUpReports).Select(_ => factory.Next("bfw"))], options);
        await watcher.DrainAsync(TimeSpan.FromMinutes(3));
        Console.WriteLine($"  warm-up (not counted): {warm}");
        var idleFrom = await cpu.ReadAsync();
        await Task.Delay(IdleTime);
        var idle = new IdleFloor(CpuMeter.Between(idleFrom, await cpu.ReadAsync()), IdleTime.TotalSeconds);

        var reports = Enumerable.Range(0, options.Reports).Select(_ => factory.Next("bf")).ToList();
        var tally = new BatchTally();
        var (eventsBefore, messagesBefore) = (await scratch.EventsAsync(), await scratch.PublishedAsync());
        var window = await database.StartAsync();
        var (cpuBefore, spansBefore) = (await cpu.ReadAsync(), SpanTable.Read(platform.Parts));
        var firstSent = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var sending = SendAsync(run, watcher, tally, reports, options);
        var answered = await FollowAsync(sending, watcher, tally, clock, TimeSpan.FromSeconds(options.DrainSeconds));
        var (cpuAfter, spansAfter) = (await cpu.ReadAsync(), SpanTable.Read(platform.Parts));
        var measured = clock.Elapsed.TotalSeconds;
        var databaseCost = await database.StopAsync(window);
        var events = (await scratch.EventsAsync() - eventsBefore) / (double)Math.Max(1, tally.Stored.Count);
        var messages = (await scratch.PublishedAsync() - messagesBefore) / (double)Math.Max(1, tally.Stored.Count);

        var resolved = tally.Stored.Keys.Where(watcher.Resolved.ContainsKey).Select(id => watcher.Resolved[id]).ToList();
        var span = resolved.Count == 0 ? double.NaN : (resolved.Max() - firstSent).TotalSeconds;
        Console.WriteLine($"  answers: {tally}");
        Console.WriteLine(Invariant(
            $"  every batch answered in {answered:F1} s ({tally.Stored.Count / answered:F1} reports/s stored); {resolved.Count:N0} of {tally.Stored.Count:N0} stored resolved, the last {span:F1} s after the first batch was sent"));
        Console.WriteLine(Invariant(
            $"  backfill rate, first batch sent → last report resolved: {resolved.Count / span:F1} reports/s{(resolved.Count < tally.Stored.Count ? $" ({tally.Stored.Count - resolved.Count} never resolved within --drain-seconds)" : "")}"));
        Console.WriteLine(Invariant($"  where the time goes over the whole backfill ({measured:F1} s):"));
        CostProfile.Print(new StepCost(CpuMeter.Between(cpuBefore, cpuAfter), spansAfter.Since(spansBefore), databaseCost, tally.Stored.Count, measured), idle, options.Top);
        Console.WriteLine(Invariant($"  per report: {events:F1} events appended, {messages:F1} messages published"));
        Console.WriteLine($"  working set at the end: {WorkingSets.Line(platform)}");
        return resolved.Count == tally.Stored.Count ? 0 : 1;
    }

    /// <summary>Each agency's reports through its own feed, all feeds at once.</summary>
    private static Task SendAsync(LoadRun run, ResolvedWatcher watcher, BatchTally tally, IReadOnlyList<GeneratedReport> reports, BackfillOptions options) =>
        Task.WhenAll(reports.GroupBy(r => r.Agency).Select(g => new BatchFeed(run.Feeds[g.Key], watcher, tally).SendAsync([.. g], options.Batch, options.InFlight)));

    /// <summary>
    /// Prints progress every ten seconds until every batch is answered and every stored report resolved (or the
    /// drain time is up); answers the seconds until the last batch was answered.
    /// </summary>
    private static async Task<double> FollowAsync(Task sending, ResolvedWatcher watcher, BatchTally tally, Stopwatch clock, TimeSpan drain)
    {
        var next = ProgressEvery;
        double? answered = null;
        while (answered is null || (watcher.Backlog > 0 && clock.Elapsed.TotalSeconds - answered < drain.TotalSeconds))
        {
            await Task.Delay(200);
            if (sending.IsCompleted && answered is null)
            {
                await sending;
                answered = clock.Elapsed.TotalSeconds;
            }
            if (clock.Elapsed >= next)
            {
                Console.WriteLine(Invariant($"    {clock.Elapsed.TotalSeconds,5:F0} s: {tally.Batches} batches sent, {tally.Stored.Count:N0} stored, {watcher.Backlog:N0} waiting to be resolved"));
                next += ProgressEvery;
            }
        }
        return answered.Value;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
