using System.Net;
using System.Net.Http.Json;
using Intel.Testing;

namespace Intel.Gateway.Tests;

/// <summary>What the gateway adds and removes at the edge: forwarding headers, security headers, timeouts.</summary>
[Collection(GatewayCollection.Name)]
public sealed class EdgeTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Forged_forwarding_headers_never_reach_a_service_which_sees_the_gateways_view_instead()
    {
        using var feed = await fixture.ClientAsync("iq-border-feed");
        var probe = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{Guid.NewGuid()}");
        request.Headers.Add(ForwardingRecorder.ProbeHeader, probe);
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Host", "intel.attacker.example");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Port", "443");
        request.Headers.Add("X-Forwarded-Client-Cert", "Hash=forged");
        request.Headers.Add("Forwarded", "for=203.0.113.9;proto=https;host=intel.attacker.example");

        using var answer = await feed.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        var seen = fixture.Ingestion.Seen(probe);
        Assert.NotNull(seen);
        Assert.Equal("127.0.0.1", seen["X-Forwarded-For"]);
        Assert.Equal(fixture.Gateway.Authority, seen["X-Forwarded-Host"]);
        Assert.Equal("http", seen["X-Forwarded-Proto"]);
        Assert.Equal(["X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto"], seen.Keys.Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Answers_of_the_services_and_the_gateways_own_refusals_carry_the_security_headers()
    {
        using var analyst = await fixture.ClientAsync("uk-nca-analyst");
        using var anonymous = fixture.WithToken(null);

        using var ok = await analyst.GetAsync("/api/v1/subscriptions");
        using var unauthorized = await anonymous.GetAsync("/api/v1/subscriptions");
        using var notFound = await analyst.GetAsync("/api/v1/nowhere");
        using var health = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        foreach (var answer in new[] { ok, unauthorized, notFound, health })
        {
            Answers.AssertSecurityHeaders(answer);
        }
    }

    [Fact]
    public async Task The_alert_stream_outlives_the_request_timeout()
    {
        using var analyst = await fixture.ClientAsync("uk-homeoffice-analyst");
        using var response = await analyst.GetAsync("/api/v1/alerts/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[256];
        Assert.True(await stream.ReadAsync(buffer) > 0, "the stream's opening comment");

        // Nothing more is due (no alerts, heartbeat after 15 s): a read still pending past the timeout means still open.
        var next = stream.ReadAsync(buffer).AsTask();
        var finished = await Task.WhenAny(next, Task.Delay(GatewayFixture.RequestTimeout + TimeSpan.FromSeconds(2)));

        Assert.NotSame(next, finished);
    }

    [Fact]
    public async Task A_service_slower_than_the_request_timeout_is_answered_504_with_a_problem()
    {
        using var feed = await fixture.ClientAsync("uk-nca-feed");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports")
        {
            Content = JsonContent.Create(SampleReports.Phone("GW-slow-1", "+447700900124")),
        };
        request.Headers.Add(SlowAnswers.DelayHeader, ((int)(GatewayFixture.RequestTimeout + TimeSpan.FromSeconds(2)).TotalMilliseconds).ToString());

        using var response = await feed.SendAsync(request);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_batch_outlasting_the_default_timeout_still_gets_its_answer()
    {
        using var feed = await fixture.ClientAsync("uk-nca-feed");
        var line = SampleReports.Phone("GW-slow-batch-1", "+447700900125").ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports/batch")
        {
            Content = new StringContent(line + "\n", System.Text.Encoding.UTF8, "application/x-ndjson"),
        };
        request.Headers.Add(SlowAnswers.DelayHeader, ((int)(GatewayFixture.RequestTimeout + TimeSpan.FromSeconds(1)).TotalMilliseconds).ToString());

        using var response = await feed.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
