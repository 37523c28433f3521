using System.Diagnostics;
using System.Net.Http.Json;
using Intel.Testing;

namespace Intel.Bench.Faults;

/// <summary>
/// The fault program: the five parts as separate processes on a fresh database and virtual host, a steady
/// load of reports through the gateway, one fault after another at random moments, then heal, drain and
/// audit every accepted report. Exits 1 when anything was lost, duplicated or unexpected.
/// </summary>
public static class FaultsCommand
{
    private static readonly string[] Feeds = ["uk-nca", "uk-homeoffice", "iq-border", "eu-partner", "krg-security"];
    private static readonly string[] Rules = ["watched-entity-seen"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = FaultOptions.Parse(args);
        var repository = RepositoryRoot();
        var run = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var logs = Directory.CreateDirectory(Path.Combine(repository, ".local", "faults", run)).FullName;
        var postgres = await TestDatabase.CreateAsync("faults");
        var rabbitMq = await TestVirtualHost.CreateAsync("faults");
        Console.WriteLine($"faults: {options.Seconds} s at {options.Rate} reports/s, faults {string.Join(',', options.Faults)}, seed {options.Seed}");
        Console.WriteLine($"  database {new Npgsql.NpgsqlConnectionStringBuilder(postgres).Database}, vhost {new Uri(rabbitMq).AbsolutePath}, logs {logs}");

        using var platform = PlatformProcesses.Create(repository, postgres, rabbitMq, logs);
        // Interrupted or terminated, the run takes its processes with it.
        Console.CancelKeyPress += (_, _) => platform.Dispose();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => platform.Dispose();
        await platform.StartAsync();
        var feeds = new Dictionary<string, HttpClient>();
        foreach (var agency in Feeds)
        {
            feeds[$"{agency}-feed"] = await PartnerClient.ForAsync(platform.Gateway, $"{agency}-feed");
        }
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, $"{Load.AnalystAgency}-analyst");
        await WarmUpAsync(feeds["eu-partner-feed"], analyst);

        var dice = new Random(options.Seed);
        var load = new Load(feeds, run);
        var poison = new PoisonFault(rabbitMq, analyst, run);
        var faults = new FaultPlan(platform, load, postgres, poison, dice).For(options.Faults);
        var done = await InjectAllAsync(faults, load, options, dice);

        await platform.HealAsync();
        Console.WriteLine($"healed: every part serving ({platform.Respawns} starts exited by themselves and were started again);"
            + " sending again what got no 2xx, draining, auditing");
        var audit = new Audit(analyst, load, TimeSpan.FromSeconds(options.DrainSeconds));
        await audit.RunAsync(new Dictionary<Guid, string> { [poison.ReportId] = "poison message" });

        var phases = faults.Select(f => f.Name).Concat(audit.Findings.Select(f => f.Phase)).Distinct()
            .Select(p => PhaseFigures.Of(p, load.Sent, audit.Findings)).ToList();
        FaultTable.Print(phases, done, audit.Findings);
        foreach (var feed in feeds.Values)
        {
            feed.Dispose();
        }
        var failedToInject = done.Values.Count(d => d.StartsWith("FAILED", StringComparison.Ordinal));
        return audit.Findings.Count > 0 || failedToInject > 0 ? 1 : 0;
    }

    private static async Task<Dictionary<string, string>> InjectAllAsync(IReadOnlyList<Fault> faults, Load load, FaultOptions options, Random dice)
    {
        var window = TimeSpan.FromSeconds((double)options.Seconds / faults.Count);
        var done = new Dictionary<string, string>();
        var clock = Stopwatch.StartNew();
        load.Phase = faults[0].Name;
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(options.Rate, stop.Token);
        foreach (var fault in faults)
        {
            load.Phase = fault.Name;
            var started = clock.Elapsed;
            await Task.Delay(window * (0.2 + dice.NextDouble() * 0.3));
            Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1}s {fault.Name}");
            try
            {
                done[fault.Name] = await fault.InjectAsync();
            }
            catch (Exception e)
            {
                done[fault.Name] = $"FAILED to inject or heal: {e.Message}";
            }
            Console.WriteLine($"        {done[fault.Name]}");
            var left = window - (clock.Elapsed - started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
        }
        await stop.CancelAsync();
        await running;
        await load.DrainAsync();
        return done;
    }

    /// <summary>Ready once ingestion knows every agency (partner-gateway announces them); the probe is released to no one the audit reads as.</summary>
    private static async Task WarmUpAsync(HttpClient feed, HttpClient analyst)
    {
        await Eventually.GetAsync(async () =>
        {
            using var probe = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("faults-warm-up", "+447700900001", "uk-nca", "iq-border"));
            return probe.IsSuccessStatusCode ? "ready" : null;
        }, TimeSpan.FromSeconds(60), "ingestion knows every agency");
        var watch = new { selectors = Load.WatchedPhones.Select(p => $"phone:{p}").ToArray() };
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new { name = "fault run", watch, rules = Rules }))
            .EnsureSuccessStatusCode();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intel.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
