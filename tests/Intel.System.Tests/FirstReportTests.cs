using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.System.Tests.Telemetry;
using Intel.Testing;
using Xunit.Abstractions;

namespace Intel.System.Tests;

/// <summary>
/// Under the app host, as <c>make up</c> runs it, each part a fresh process of its own: the first report submitted once
/// the platform reports ready reaches the watching analyst's alerts within a bound that a lost warm-up breaks. Prints each
/// report's receipt-to-alert time, and the first and the tenth report's journeys hop by hop from their traces, with the
/// operator's collector an OTLP receiver in the test.
/// </summary>
public sealed class FirstReportTests(ITestOutputHelper output)
{
    private const int Reports = 10;

    /// <summary>
    /// On a two-core machine shared with other builds (load average 7-35) the first report alerted after 1.8-4.2 s with
    /// the warm-up and its commit rehearsal (the next nine 0.1-1.5 s) and after 20.1 s without the warm-up: the bound
    /// holds there with room for a busier CI machine and fails when the warm-up is lost; it does not hold the platform to its promise of a second.
    /// </summary>
    private static readonly TimeSpan FirstWithin = TimeSpan.FromSeconds(15);

    /// <summary>How long past a report's last span its journey is printed: time for alerting's feed projection to list it.</summary>
    private static readonly TimeSpan FeedAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>The parts a report passes through after the gateway, each of which the printed journey waits for.</summary>
    private static readonly string[] Hops = ["intel-ingestion", "intel-entity-resolution", "intel-alerting"];

    [Fact]
    public async Task The_first_report_after_start_up_alerts_within_the_bound()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var appHost = await AppHostProcess.StartAsync("first-report", new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString(), ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_EXPORTER_OTLP_HEADERS"] = $"{OtlpReceiver.Header}=yes",
        });
        var starting = Stopwatch.StartNew();
        await appHost.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ready {starting.Elapsed.TotalSeconds:F1} s after the app host started"));
        // The warm-up rehearses each part's commit and rolls it back: a ready platform holds nothing it wrote.
        Assert.Empty(await StoredAtStartUp.TracesAsync(appHost.Database));

        var phones = Enumerable.Range(0, Reports).Select(i => $"+96475055530{i:D2}").ToArray();
        using var analyst = await PartnerClient.ForAsync(appHost.Gateway, "krg-security-analyst");
        using var subscribed = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "first report", watch = new { selectors = phones.Select(p => "phone:" + p).ToArray() }, rules = new[] { "watched-entity-seen" },
        });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        using var feed = await PartnerClient.ForAsync(appHost.Gateway, "uk-nca-feed");

        var journeys = new List<(TimeSpan Time, ActivityTraceId Trace)>();
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            journeys.Add(await ReceiptToAlertAsync(feed, analyst, $"FIRST-{i}", phone));
        }
        var times = journeys.Select(j => j.Time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
        output.WriteLine($"receipt to alert, ms: first {times.First()}; the next nine {string.Join(", ", times.Skip(1))}");
        output.WriteLine("the first report's hops:");
        await PrintHopsAsync(collector, journeys[0].Trace);
        output.WriteLine("the tenth report's hops:");
        await PrintHopsAsync(collector, journeys[^1].Trace);
        Assert.True(journeys[0].Time < FirstWithin, $"the first report alerted after {journeys[0].Time.TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// From the moment the partner sends the report to the moment the analyst's alerts list it, by the test's own clock
    /// (the analyst reads every 50 ms), in a trace of its own. Until partner-gateway's agencies have reached ingestion a
    /// report is refused, and the clock starts again with the next attempt.
    /// </summary>
    private async Task<(TimeSpan, ActivityTraceId)> ReceiptToAlertAsync(HttpClient feed, HttpClient analyst, string reference, string phone)
    {
        var clock = new Stopwatch();
        var trace = default(ActivityTraceId);
        var reportId = await Eventually.GetAsync(async () =>
        {
            trace = ActivityTraceId.CreateRandom();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports")
            {
                Content = JsonContent.Create(SampleReports.Phone(reference, phone, "krg-security")),
            };
            request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            clock.Restart();
            using var answer = await feed.SendAsync(request);
            return answer.IsSuccessStatusCode ? (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() : null;
        }, TimeSpan.FromSeconds(60), $"report {reference} is accepted");
        var deadline = TimeSpan.FromSeconds(30);
        while (clock.Elapsed < deadline)
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault(a => a.GetProperty("reportId").GetString() == reportId) is { ValueKind: JsonValueKind.Object } alert)
            {
                var seen = clock.Elapsed;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{reference}: seen after {seen.TotalMilliseconds:F0} ms, raised {(alert.GetProperty("raisedAt").GetDateTimeOffset() - alert.GetProperty("reportReceivedAt").GetDateTimeOffset()).TotalMilliseconds:F0} ms after receipt"));
                return (seen, trace);
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No alert for report {reference} within {deadline.TotalSeconds:F0} s");
    }

    /// <summary>
    /// A report's spans as the parts exported them, by start: when each hop began and how long it took; and,
    /// marked with a star, the async daemons' page loads and executions in the same window, which belong to no trace. The
    /// window runs half a second past the report's last span: the alert is listed only once alerting's daemon has built
    /// its feed item, after the consumer's commit that ends the trace.
    /// </summary>
    private async Task PrintHopsAsync(OtlpReceiver collector, ActivityTraceId trace)
    {
        var id = trace.ToHexString();
        List<ReceivedSpan> Spans() => [.. collector.Spans.Where(s => s.TraceId == id).OrderBy(s => s.Start)];
        try
        {
            // Each part exports in batches of its own, so alerting's spans may arrive before those of the hops ahead of it.
            await Eventually.GetAsync(() => Task.FromResult(Hops.All(h => Spans().Any(s => s.Service == h)) ? "exported" : null),
                TimeSpan.FromSeconds(15), "the report's spans are exported");
        }
        catch (TimeoutException)
        {
            output.WriteLine($"the report's spans were not all exported in time ({collector.Spans.Count} spans in all); the hops below are partial");
        }
        var spans = Spans();
        if (spans.Count == 0)
        {
            return;
        }
        var (from, to) = (spans[0].Start, spans.Max(s => s.End));
        var daemons = collector.Spans.Where(s => s.Service.StartsWith("intel-", StringComparison.Ordinal)
            && s.Name.StartsWith("marten.", StringComparison.Ordinal) && !s.Name.EndsWith(".highwatermark", StringComparison.Ordinal));
        var window = spans.Concat(daemons.Where(s => s.Start < to + FeedAfter && s.End > from));
        foreach (var span in window.OrderBy(s => s.Start))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(span.TraceId == id ? " " : "*")} +{(span.Start - from).TotalMilliseconds,6:F0} ms {(span.End - span.Start).TotalMilliseconds,6:F0} ms  {span.Service} {span.Name}"));
        }
    }
}
