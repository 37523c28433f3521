using System.Globalization;
using System.Net.Http.Json;
using Intel.Bench.Load.Preload;
using Intel.Bench.Load.Reports;
using Intel.Testing;

namespace Intel.Bench.Load.Platform;

/// <summary>
/// What every load run starts from: a fresh database and virtual host, the known entities loaded, the platform
/// started as five processes, and the five agencies' feeds signed in with real tokens, once ingestion accepts them.
/// </summary>
public sealed class LoadRun : IAsyncDisposable
{
    private LoadRun(Scratch scratch, Population population, PreloadResult? preload)
    {
        Scratch = scratch;
        Population = population;
        Preload = preload;
    }

    public Scratch Scratch { get; }
    public Population Population { get; }
    public PreloadResult? Preload { get; }
    public ProcessPlatform Platform { get; private set; } = null!;
    public Dictionary<string, HttpClient> Feeds { get; } = [];

    public static async Task<LoadRun> StartAsync(string prefix, int known, int seed)
    {
        var scratch = await Scratch.CreateAsync(prefix);
        var population = new Population(seed);
        LoadRun? run = null;
        try
        {
            PreloadResult? preload = null;
            if (known > 0)
            {
                preload = await KnownEntities.LoadAsync(scratch.Postgres, scratch.RabbitMq, population, known);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  preloaded {preload.Entities:N0} entities ({preload.People:N0} people with their phones and passports, {preload.SaturatedKeys:N0} blocking keys over the cap) in {preload.Took.TotalSeconds:F1} s"));
            }
            run = new LoadRun(scratch, population, preload);
            run.Platform = await ProcessPlatform.StartAsync(scratch.Postgres, scratch.RabbitMq);
            foreach (var agency in Population.Agencies)
            {
                run.Feeds[agency] = await PartnerClient.ForAsync(run.Platform.Gateway, $"{agency}-feed");
            }
            await WaitAcceptingAsync(run.Feeds["eu-partner"]);
            return run;
        }
        catch
        {
            await (run?.DisposeAsync() ?? scratch.DisposeAsync());
            throw;
        }
    }

    /// <summary>Ingestion accepts releasableTo only for agencies partner-gateway has announced to it.</summary>
    private static async Task WaitAcceptingAsync(HttpClient feed) =>
        await Eventually.GetAsync(async () =>
        {
            using var probe = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone($"load-probe-{Guid.NewGuid():N}", "+447700900001", "krg-security"));
            return probe.IsSuccessStatusCode ? "ready" : null;
        }, TimeSpan.FromSeconds(60), "the platform accepting reports");

    public async ValueTask DisposeAsync()
    {
        foreach (var feed in Feeds.Values)
        {
            feed.Dispose();
        }
        Feeds.Clear();
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
        await Scratch.DisposeAsync();
    }
}
