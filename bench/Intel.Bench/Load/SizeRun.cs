using System.Globalization;
using System.Net.Http.Json;
using Npgsql;
using Intel.Bench.Load.Database;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Platform;
using Intel.Bench.Load.Preload;
using Intel.Bench.Load.Reports;
using Intel.Bench.Load.Spans;
using Intel.Testing;

namespace Intel.Bench.Load;

public sealed record SizeResult(int Known, PreloadResult? Preload, StepResult? Best, StepCost? BestCost, IdleFloor Idle, double EventsPerReport, double MessagesPerReport);

/// <summary>
/// One known-entity size: a fresh database and virtual host, the known entities loaded, the platform started
/// as five processes, five agencies' feeds and one watching analyst signed in with real tokens, then the ramp.
/// </summary>
public static class SizeRun
{
    private static readonly string[] WatchRules = ["watched-entity-seen"];

    public static async Task<SizeResult> RunAsync(int known, LoadOptions options)
    {
        await using var scratch = await Scratch.CreateAsync("load");
        var population = new Population(options.Seed);
        PreloadResult? preload = null;
        if (known > 0)
        {
            preload = await KnownEntities.LoadAsync(scratch.Postgres, scratch.RabbitMq, population, known);
            Console.WriteLine(Invariant($"  preloaded {preload.Entities:N0} entities ({preload.People:N0} people with their phones and passports, {preload.SaturatedKeys:N0} blocking keys over the cap) in {preload.Took.TotalSeconds:F1} s"));
        }
        await using var platform = await ProcessPlatform.StartAsync(scratch.Postgres, scratch.RabbitMq);
        var feeds = new Dictionary<string, HttpClient>();
        foreach (var agency in Population.Agencies)
        {
            feeds[agency] = await PartnerClient.ForAsync(platform.Gateway, $"{agency}-feed");
        }
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, $"{ReportFactory.Viewer}-analyst");
        await WaitAcceptingAsync(feeds["eu-partner"]);

        var factory = new ReportFactory(population, known, options.Seed + known);
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "load: persons of interest", watch = new { selectors = factory.WatchedSelectors }, rules = WatchRules,
        })).EnsureSuccessStatusCode();
        using var stream = new StreamListener(analyst);
        var listening = stream.RunAsync();
        await using var watcher = new ResolvedWatcher(scratch.Postgres);
        watcher.Start();
        var database = await DatabaseMeter.CreateAsync(scratch.Postgres, watcher);

        var (eventsBefore, messagesBefore) = (await EventsAsync(scratch.Postgres), await scratch.PublishedAsync());
        var ramp = new Ramp(options, factory, feeds, watcher, stream, new CpuMeter(platform, scratch.Postgres), database, platform);
        var steps = await ramp.RunAsync($"k{known}");
        var events = (await EventsAsync(scratch.Postgres) - eventsBefore) / (double)Math.Max(1, ramp.Accepted);
        var messages = (await scratch.PublishedAsync() - messagesBefore) / (double)Math.Max(1, ramp.Accepted);

        stream.Stop();
        await listening;
        foreach (var feed in feeds.Values)
        {
            feed.Dispose();
        }
        // The costs at the highest sustained rate, and at the first one not sustained, where the bottleneck shows.
        var sustained = steps.Where(s => s.Result.Sustained).ToList();
        foreach (var (result, cost) in sustained.TakeLast(1).Concat(steps.Where(s => !s.Result.Sustained).Take(1)))
        {
            Console.WriteLine(Invariant($"  where the time goes at {result.Target:0.##} reports/s ({(result.Sustained ? "sustained" : "not sustained")}, {known:N0} known entities):"));
            CostProfile.Print(cost, ramp.Idle, options.Top);
        }
        Console.WriteLine(Invariant($"  per report: {events:F1} events appended, {messages:F1} messages published (every report of the run)"));
        return new SizeResult(known, preload, sustained.Count > 0 ? sustained[^1].Result : null, sustained.Count > 0 ? sustained[^1].Cost : null, ramp.Idle, events, messages);
    }

    /// <summary>Ingestion accepts releasableTo only for agencies partner-gateway has announced to it.</summary>
    private static async Task WaitAcceptingAsync(HttpClient feed) =>
        await Eventually.GetAsync(async () =>
        {
            using var probe = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone($"load-probe-{Guid.NewGuid():N}", "+447700900001", "krg-security"));
            return probe.IsSuccessStatusCode ? "ready" : null;
        }, TimeSpan.FromSeconds(60), "the platform accepting reports");

    /// <summary>Events appended in every store of the database (each store's event sequence; cheap, unlike counting rows).</summary>
    private static async Task<long> EventsAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        var schemas = new List<string>();
        await using (var find = new NpgsqlCommand("SELECT sequence_schema FROM information_schema.sequences WHERE sequence_name = 'mt_events_sequence'", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemas.Add(reader.GetString(0));
            }
        }
        var total = 0L;
        foreach (var schema in schemas)
        {
            await using var last = new NpgsqlCommand($"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM \"{schema}\".mt_events_sequence", connection);
            total += (long)(await last.ExecuteScalarAsync())!;
        }
        return total;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
