using System.Net;
using System.Net.Http.Json;
using Intel.System.Tests.Telemetry;
using Intel.Testing;

namespace Intel.System.Tests;

/// <summary>
/// Under the app host, as <c>make up</c> runs it, telemetry goes where the operator's OTEL_EXPORTER_OTLP_* variables
/// say (with their headers), beside Aspire's dashboard: one report's spans from all five parts in one trace, and
/// every part's metrics and logs.
/// </summary>
public sealed class OperatorTelemetryTests
{
    private static readonly string[] Parts = ["intel-gateway", "intel-ingestion", "intel-entity-resolution", "intel-alerting", "intel-partner-gateway"];

    [Fact]
    public async Task The_operators_collector_gets_every_parts_spans_of_one_report_in_one_trace_and_their_metrics_and_logs()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var appHost = await AppHostProcess.StartAsync("otel", new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_EXPORTER_OTLP_HEADERS"] = $"{OtlpReceiver.Header}=yes",
        });
        await appHost.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));

        using var analyst = await PartnerClient.ForAsync(appHost.Gateway, "krg-security-analyst");
        using var subscribed = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "operator telemetry", watch = new { selectors = new[] { "phone:+9647505552020" } }, rules = new[] { "watched-entity-seen" },
            webhook = new { url = new Uri(collector.Address, "/hook").ToString() },
        });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);

        using var feed = await PartnerClient.ForAsync(appHost.Gateway, "uk-nca-feed");
        // Until partner-gateway's agencies reached ingestion, the report is refused.
        await Eventually.AnsweredAsync(
            () => feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("OTEL-1", "+964 750 555 2020", "krg-security")),
            TimeSpan.FromSeconds(60), "the report is accepted");

        // Only this report's journey, delivered to a webhook, passes through all five parts.
        List<HashSet<string>> Traces() => collector.Spans.ToArray().GroupBy(s => s.TraceId).Select(t => t.Select(s => s.Service).ToHashSet()).ToList();
        try
        {
            await Eventually.GetAsync(() => Task.FromResult(Traces().Any(t => Parts.All(t.Contains)) ? "one" : null), TimeSpan.FromSeconds(60),
                "one trace with spans of all five parts");
        }
        catch (TimeoutException e)
        {
            var widest = Traces().OrderByDescending(t => t.Count).Take(5).Select(t => string.Join(",", t));
            throw new TimeoutException($"{e.Message}; of {collector.Spans.Count} spans the widest traces: {string.Join(" | ", widest)}", e);
        }
        await Eventually.GetAsync(() => Task.FromResult(Parts.All(collector.MetricsFrom.ContainsKey) && Parts.All(collector.LogsFrom.ContainsKey) ? "all" : null),
            TimeSpan.FromSeconds(60), "metrics and logs of all five parts");
        Assert.Equal(0, collector.WithoutHeader);
    }
}
