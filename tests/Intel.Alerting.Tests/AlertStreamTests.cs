using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>The live alert stream: alerts arrive as server-sent events and a reconnect resumes with nothing lost or repeated.</summary>
public sealed class AlertStreamTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task A_reconnect_with_Last_Event_ID_receives_only_what_it_missed()
    {
        var gateway = fixture.Platform.Gateway;
        using var analyst = await PartnerClient.ForAsync(gateway, "krg-security-analyst");
        using var feed = await PartnerClient.ForAsync(gateway, "krg-security-feed");
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Stream", watch = new { selectors = new[] { "phone:+9647509990001", "phone:+9647509990002" } }, rules = new[] { "watched-entity-seen" },
        })).EnsureSuccessStatusCode();

        string firstId;
        using (var stream = await OpenAsync(analyst, null))
        {
            (await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("KRG-sse-1", "0750 999 0001"))).EnsureSuccessStatusCode();
            var first = await NextEventAsync(stream);
            firstId = first.Id;
            Assert.Contains("+9647509990001", first.Data.GetProperty("summary").GetString());
        }

        (await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("KRG-sse-2", "0750 999 0002"))).EnsureSuccessStatusCode();
        using var resumed = await OpenAsync(analyst, firstId);
        var missed = await NextEventAsync(resumed);

        Assert.Contains("+9647509990002", missed.Data.GetProperty("summary").GetString());
        Assert.True(long.Parse(missed.Id) > long.Parse(firstId));
    }

    private sealed record ServerEvent(string Id, JsonElement Data);

    private static async Task<StreamReader> OpenAsync(HttpClient analyst, string? lastEventId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts/stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await analyst.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    private static async Task<ServerEvent> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? id = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && id is not null)
            {
                return new ServerEvent(id, JsonDocument.Parse(line[6..]).RootElement.Clone());
            }
        }
        throw new EndOfStreamException("The stream ended before an alert arrived.");
    }
}
