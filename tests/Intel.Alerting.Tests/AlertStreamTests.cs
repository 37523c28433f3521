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
        await SubscribeAsync(analyst, "phone:+9647509990001", "phone:+9647509990002");

        string firstId;
        using (var stream = await AlertStreamReader.OpenAsync(analyst))
        {
            await SubmitAsync(feed, "KRG-sse-1", "0750 999 0001");
            var first = await stream.NextAsync();
            firstId = first.Id;
            Assert.Contains("+9647509990001", first.Data.GetProperty("summary").GetString());
        }

        await SubmitAsync(feed, "KRG-sse-2", "0750 999 0002");
        using var resumed = await AlertStreamReader.OpenAsync(analyst, firstId);
        var missed = await resumed.NextAsync();

        Assert.Contains("+9647509990002", missed.Data.GetProperty("summary").GetString());
        Assert.True(long.Parse(missed.Id) > long.Parse(firstId));
    }

    [Fact]
    public async Task Across_a_restart_of_alerting_a_reconnect_with_Last_Event_ID_gets_every_alert_once_and_in_order()
    {
        var platform = fixture.Platform;
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, "iq-border-analyst");
        using var feed = await PartnerClient.ForAsync(platform.Gateway, "iq-border-feed");
        var phones = Enumerable.Range(1, 7).Select(i => $"+96477088800{i:D2}").ToArray();
        var subscriptionId = await SubscribeAsync(analyst, [.. phones.Select(p => $"phone:{p}")]);

        var received = new List<ServerEvent>();
        using (var stream = await AlertStreamReader.OpenAsync(analyst))
        {
            await SubmitAsync(feed, "IQB-restart-1", phones[0]);
            received.Add(await stream.NextAsync());
            await SubmitAsync(feed, "IQB-restart-2", phones[1]);
            received.Add(await stream.NextAsync());
        }
        await SubmitAsync(feed, "IQB-restart-3", phones[2]);
        await platform.StopAsync("alerting");
        await SubmitAsync(feed, "IQB-restart-4", phones[3]);
        await SubmitAsync(feed, "IQB-restart-5", phones[4]);
        await platform.StartAgainAsync("alerting");
        await SubmitAsync(feed, "IQB-restart-6", phones[5]);

        using (var resumed = await AlertStreamReader.OpenAsync(analyst, received[^1].Id))
        {
            for (var i = 0; i < 4; i++)
            {
                received.Add(await resumed.NextAsync());
            }
            // Anything lost would be missing above; anything repeated would come before this last one.
            await SubmitAsync(feed, "IQB-restart-7", phones[6]);
            received.Add(await resumed.NextAsync());
        }

        Assert.Equal(phones.Order(), received.Select(e => phones.Single(p => e.Data.GetProperty("summary").GetString()!.Contains(p))).Order());
        Assert.Contains(phones[6], received[^1].Data.GetProperty("summary").GetString());
        Assert.Equal(received.Select(e => long.Parse(e.Id)).Order(), received.Select(e => long.Parse(e.Id)));
        Assert.Equal(received.Count, received.Select(e => e.Id).Distinct().Count());
        var listed = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500")).GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("subscriptionId").GetGuid() == subscriptionId).Select(a => a.GetProperty("cursor").GetString());
        Assert.Equal(listed, received.Select(e => e.Id));
    }

    private static async Task<Guid> SubscribeAsync(HttpClient analyst, params string[] selectors)
    {
        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Stream", watch = new { selectors }, rules = new[] { "watched-entity-seen" },
        });
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task SubmitAsync(HttpClient feed, string reference, string number)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone(reference, number));
        answer.EnsureSuccessStatusCode();
    }
}
