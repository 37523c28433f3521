using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intel.Bench.Faults;

/// <summary>
/// A steady feed of reports through the gateway from several agencies. Half mention one of the phones the
/// analyst watches (written the ways partners write them), half a phone of their own; every fourth also
/// names a person who uses the phone, so person resolution and links run too. All are released to the
/// analyst's agency, so everything the audit checks is visible to the analyst.
/// </summary>
public sealed class Load(IReadOnlyDictionary<string, HttpClient> feeds, string run)
{
    public const string AnalystAgency = "krg-security";
    public static readonly string[] WatchedPhones = [.. Enumerable.Range(0, 40).Select(i => $"+964750{1000000 + i}")];
    private static readonly string[] Given = ["Karwan", "Rebin", "Dilshad", "Hawre", "Shvan", "Aram", "Sirwan", "Baran", "Zana", "Hemin", "Nechirvan", "Soran"];
    private static readonly string[] Family = ["Barzani", "Talabani", "Hamad", "Aziz", "Rashid", "Jaf", "Mustafa", "Qadir", "Salih", "Karim", "Omer", "Faraj"];
    private static readonly TimeSpan SubmitTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<SentReport> _sent = new();
    private readonly ConcurrentBag<Task> _inflight = [];
    private int _next;

    /// <summary>The fault the reports sent now are counted under.</summary>
    public string Phase { get; set; } = "start";

    public IReadOnlyCollection<SentReport> Sent => _sent;

    public async Task RunAsync(int rate, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, CancellationToken.None);
            }
            _inflight.Add(SendAsync(Next()));
        }
    }

    /// <summary>Sends <paramref name="count"/> reports at once; the caller watches them land.</summary>
    public IReadOnlyList<Task<SentReport>> Burst(int count) => [.. Enumerable.Range(0, count).Select(_ => SendAsync(Next()))];

    public Task DrainAsync() => Task.WhenAll(_inflight);

    /// <summary>Sends a report again, unchanged, as a partner does when it got no answer: 200 means the first had landed.</summary>
    public async Task ResendAsync(SentReport report)
    {
        using var answer = await feeds[report.Feed].PostAsJsonAsync("/api/v1/reports", report.Body);
        if (answer.IsSuccessStatusCode)
        {
            report.Id = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            report.Recovered = (int)answer.StatusCode == 200;
        }
        else
        {
            throw new InvalidOperationException($"{report.Reference} sent again got {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<SentReport> SendAsync(SentReport report)
    {
        _sent.Enqueue(report);
        try
        {
            using var timeout = new CancellationTokenSource(SubmitTimeout);
            using var answer = await feeds[report.Feed].PostAsJsonAsync("/api/v1/reports", report.Body, timeout.Token);
            report.FirstStatus = (int)answer.StatusCode;
            if (answer.IsSuccessStatusCode)
            {
                report.Id = (await answer.Content.ReadFromJsonAsync<JsonElement>(timeout.Token)).GetProperty("id").GetGuid();
            }
            else
            {
                report.FirstFailure = $"{(int)answer.StatusCode}";
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or IOException)
        {
            report.FirstFailure = e is OperationCanceledException ? "timeout" : e.GetType().Name;
        }
        return report;
    }

    private SentReport Next()
    {
        var i = Interlocked.Increment(ref _next);
        var feed = feeds.Keys.ElementAt(i % feeds.Count);
        var watched = i % 2 == 0;
        var phone = watched
            ? Written(WatchedPhones[i / 2 % WatchedPhones.Length], i)
            : string.Create(CultureInfo.InvariantCulture, $"+447700{i % 1_000_000:D6}");
        var entities = new JsonArray(new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = phone, ["country"] = "IQ" });
        var links = new JsonArray();
        if (i % 4 == 1)
        {
            entities.Add(new JsonObject
            {
                ["ref"] = "p1", ["type"] = "person", ["name"] = $"{Given[i * 7 % Given.Length]} {Family[i * 13 % Family.Length]}",
                ["dateOfBirth"] = string.Create(CultureInfo.InvariantCulture, $"{1970 + i * 11 % 30}"),
            });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" });
        }
        var reference = string.Create(CultureInfo.InvariantCulture, $"FLT-{run}-{i:D6}");
        var body = new JsonObject
        {
            ["reference"] = reference,
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["releasableTo"] = new JsonArray(feed.StartsWith(AnalystAgency, StringComparison.Ordinal) ? "iq-border" : AnalystAgency),
            ["summary"] = $"Fault-run report {i}.",
            ["entities"] = entities,
            ["links"] = links,
        };
        return new SentReport(Phase, feed, reference, body, watched);
    }

    /// <summary>A watched phone the way one partner or another writes it: international, or national with a space.</summary>
    private static string Written(string e164, int i) => (i / 2 % 3) switch
    {
        0 => e164,
        1 => $"0{e164[4..7]} {e164[7..10]} {e164[10..]}",
        _ => $"+964 {e164[4..7]} {e164[7..]}",
    };
}
