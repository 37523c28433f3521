using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Intel.Testing;

namespace Intel.Bench;

/// <summary>
/// Pushes reports through the gateway at steady rates and measures, per report, the time from its
/// receipt (the platform's receivedAt) to the alert being raised and to the alert arriving on an
/// analyst's live stream. Runs the whole platform in this process against the real PostgreSQL and
/// RabbitMQ named by INTEL_TEST_* (source deploy/local/env.sh), so the figures include every hop.
/// </summary>
public static class AlertLatencyBenchmark
{
    private const int WatchedPhones = 500;
    private static readonly string[] Rules = ["watched-entity-seen"];

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 20);
        var rates = (OptionText(args, "--rates") ?? "10,100,200,400").Split(',').Select(int.Parse).ToArray();
        // Each report is timed by its own alert, so none may be counted on another's: grouping is off.
        await using var platform = await Platform.StartAsync("bench", (part, builder) =>
        {
            if (part == "alerting")
            {
                builder.Configuration.AddInMemoryCollection([new("Alerts:GroupingWindow", "00:00:00")]);
            }
        });
        var gateway = platform.Gateway;
        await WaitReadyAsync(gateway);

        using var analyst = await PartnerClient.ForAsync(gateway, "krg-security-analyst");
        using var feed = await PartnerClient.ForAsync(gateway, "uk-nca-feed");
        var selectors = Enumerable.Range(0, WatchedPhones).Select(Phone).Select(p => $"phone:{p}").ToArray();
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new { name = "bench", watch = new { selectors }, rules = Rules }))
            .EnsureSuccessStatusCode();

        using var stream = new StreamListener(analyst);
        var listening = stream.RunAsync();
        Console.WriteLine($"alert latency, {seconds} s per rate, {Environment.ProcessorCount} cores, everything on this machine");
        var run = 0;
        RateResult? sustained = null;
        int? failed = null;
        foreach (var rate in rates)
        {
            var result = await RunRateAsync(feed, stream, rate, seconds, run++);
            Console.WriteLine(result);
            if (!result.Sustained)
            {
                Console.WriteLine($"rate {rate}/s is past what this machine sustains");
                failed = rate;
                break;
            }
            sustained = result;
        }
        // Narrow the highest sustained rate down between the last rate kept up with and the first one not.
        for (var step = 0; step < 2 && failed is { } high && sustained is { } low && high - low.Rate > 5; step++)
        {
            var result = await RunRateAsync(feed, stream, (low.Rate + high) / 2, seconds, run++);
            Console.WriteLine(result);
            (sustained, failed) = result.Sustained ? (result, failed) : (sustained, result.Rate);
        }
        Console.WriteLine(sustained is null
            ? "no rate sustained"
            : FormattableString.Invariant($"highest sustained rate: {sustained.Achieved:F1}/s, receipt→delivered p99 {sustained.Delivered.P99:F0} ms"));
        stream.Stop();
        await listening;
        return 0;
    }

    private sealed record RateResult(
        int Rate, double Achieved, int Accepted, int Refused, int Alerted, Percentiles Raised, Percentiles Delivered)
    {
        // Kept up with: nearly every report sent at the asked rate and accepted, every one alerted, and no backlog
        // building up (a backlog shows as latencies growing through the run, far past a second at its end).
        public bool Sustained => Achieved >= Rate * 0.9 && Refused == 0 && Alerted == Accepted && Delivered.P99 <= 2000;

        public override string ToString() => FormattableString.Invariant(
            $"target {Rate,4}/s achieved {Achieved,6:F1}/s accepted {Accepted,6} refused {Refused,4} alerted {Alerted,6}\n  receipt→raised    {Raised}\n  receipt→delivered {Delivered}");
    }

    private static async Task<RateResult> RunRateAsync(HttpClient feed, StreamListener stream, int rate, int seconds, int run)
    {
        var sent = new ConcurrentBag<Guid>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        var total = rate * seconds;
        var inflight = new List<Task>();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var reference = $"bench-{run}-{i}";
            inflight.Add(SubmitAsync(feed, SampleReports.Phone(reference, Phone(i % WatchedPhones), "krg-security"), sent,
                () => Interlocked.Increment(ref refused)));
        }
        await Task.WhenAll(inflight);
        var achieved = sent.Count / clock.Elapsed.TotalSeconds;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (sent.Any(id => !stream.Received.ContainsKey(id)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        var alerts = sent.Select(id => stream.Received.TryGetValue(id, out var a) ? a : null).OfType<StreamedAlert>().ToList();
        return new RateResult(rate, achieved, sent.Count, refused, alerts.Count,
            Percentiles.Of(alerts.Select(a => (a.RaisedAt - a.ReceivedAt).TotalMilliseconds).ToList()),
            Percentiles.Of(alerts.Select(a => (a.ArrivedAt - a.ReceivedAt).TotalMilliseconds).ToList()));
    }

    private static async Task SubmitAsync(
        HttpClient feed, System.Text.Json.Nodes.JsonObject report, ConcurrentBag<Guid> sent, Action refused)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
        if (answer.IsSuccessStatusCode)
        {
            sent.Add((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        else
        {
            refused();
        }
    }

    private static string Phone(int i) => string.Create(CultureInfo.InvariantCulture, $"+96475{10000000 + i}");

    private static async Task WaitReadyAsync(Uri gateway)
    {
        using var feed = await PartnerClient.ForAsync(gateway, "eu-partner-feed");
        await Eventually.GetAsync(async () =>
        {
            using var probe = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("bench-warm-up", "+447700900001", "krg-security"));
            return probe.IsSuccessStatusCode ? "ready" : null;
        }, TimeSpan.FromSeconds(60), "the platform ready");
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
