using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Intel.Testing;

namespace Intel.System.Tests;

/// <summary>
/// One report's whole journey through all five parts on the real broker and database: submitted
/// through the gateway, resolved, alerted to the analyst it is released to, read back with its
/// history, hidden from everyone else, and traced as one trace.
/// </summary>
public sealed class JourneyTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IDisposable
{
    private static readonly ActivitySource PartnerSource = new("Intel.Tests.Partner");
    private readonly RecordedSpans _spans = new();
    private TracerProvider? _tracing;

    [Fact]
    public async Task A_report_resolves_alerts_its_watcher_and_stays_hidden_from_others()
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("Intel.*", "MassTransit")
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(_spans)
            .Build();
        var gateway = fixture.Platform.Gateway;
        using var feed = await PartnerClient.ForAsync(gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(gateway, "krg-security-analyst");
        using var outsider = await PartnerClient.ForAsync(gateway, "eu-partner-analyst");

        using var subscribed = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Barzani network",
            watch = new { selectors = new[] { "phone:+964 750 123 4567", "document:IRQ/A12345678" } },
            rules = new[] { "watched-entity-seen" },
        });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var subscriptionId = (await PlatformFixture.JsonAsync(subscribed)).GetProperty("id").GetGuid();

        // The partner's own span: its trace id is the one the whole journey must carry.
        ActivityTraceId trace;
        HttpResponseMessage submitted;
        using (var partnerSpan = PartnerSource.StartActivity("partner submits report"))
        {
            trace = partnerSpan!.TraceId;
            submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.ApiExample("NCA-2025-000123", "krg-security", "iq-border"));
        }

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var answer = await PlatformFixture.JsonAsync(submitted);
        var reportId = answer.GetProperty("id").GetGuid();
        Assert.Equal("accepted", answer.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/reports/{reportId}", submitted.Headers.Location!.OriginalString);

        var alert = await Eventually.GetAsync(async () =>
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
            return page.GetProperty("items").EnumerateArray().Cast<JsonElement?>()
                .FirstOrDefault(a => a!.Value.GetProperty("reportId").GetGuid() == reportId);
        }, TimeSpan.FromSeconds(30), "the analyst's alert for the report");
        Assert.Equal(subscriptionId, alert!.Value.GetProperty("subscriptionId").GetGuid());
        Assert.Equal("watched-entity-seen", alert.Value.GetProperty("rule").GetString());
        Assert.Equal("Not for court use", alert.Value.GetProperty("conditions").GetString());

        var report = await Eventually.GetAsync(async () =>
        {
            var body = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
            return body.GetProperty("status").GetString() == "resolved" ? body : (JsonElement?)null;
        }, TimeSpan.FromSeconds(30), "the report turning resolved");
        Assert.Equal("uk-nca", report!.Value.GetProperty("agency").GetString());
        Assert.All(report.Value.GetProperty("entities").EnumerateArray(), e => e.GetProperty("entityId").GetGuid());
        Assert.Equal("محمد عبدالرحمن البرزاني", report.Value.GetProperty("entities")[0].GetProperty("aliases")[0].GetString());
        var phone = report.Value.GetProperty("entities")[1].GetProperty("entityId").GetGuid();
        var entity = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities/{phone}");
        Assert.Equal("Not for court use", entity.GetProperty("mentions")[0].GetProperty("conditions").GetString());

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/reports/{reportId}")).StatusCode);
        var history = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}/history");
        Assert.Equal(["report-submitted", "report-resolved"], history.EnumerateArray()
            .Select(e => e.GetProperty("type").GetString()).Where(t => t != "report-read"));
        Assert.Equal("uk-nca-feed", history[0].GetProperty("by").GetString());
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("type").GetString() == "report-read"
            && e.GetProperty("data").GetProperty("clientId").GetString() == "krg-security-analyst");
        var recipientsView = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}/history");
        Assert.DoesNotContain(recipientsView.EnumerateArray(), e => e.GetProperty("type").GetString() == "report-read");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/reports/{reportId}")).StatusCode);
        var outsiderAlerts = await outsider.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        Assert.Empty(outsiderAlerts.GetProperty("items").EnumerateArray());

        submitted.Dispose();
        await AssertOneTraceAsync(trace);
    }

    private async Task AssertOneTraceAsync(ActivityTraceId trace)
    {
        string[] parts = ["Intel.Gateway", "Intel.Ingestion", "Intel.EntityResolution", "Intel.Alerting"];
        var seen = await Eventually.GetAsync(() =>
        {
            _tracing!.ForceFlush();
            var sources = _spans.Snapshot().Where(a => a.TraceId == trace).Select(a => a.Source.Name).ToHashSet();
            return Task.FromResult(parts.All(sources.Contains) ? sources : null);
        }, TimeSpan.FromSeconds(15), "spans of every part in the report's trace");
        Assert.Contains("MassTransit", seen);
    }

    public void Dispose() => _tracing?.Dispose();
}
