using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.System.Tests;

public sealed class RestartFixture : PlatformFixture
{
    protected override string Name => "restart";
}

/// <summary>
/// A service that stops abruptly in the middle of a load (nothing drained: in-flight requests, consumers and
/// outbox pages are cut off) and starts again on the same database and virtual host loses nothing: every report
/// a partner got accepted is resolved, mentioned once by its entity and alerted once to its watcher.
/// </summary>
public sealed class RestartTests(RestartFixture fixture) : IClassFixture<RestartFixture>
{
    private const int Reports = 40;
    private static readonly string[] Feeds = ["uk-nca-feed", "iq-border-feed", "eu-partner-feed"];
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("ingestion", 1)]
    [InlineData("entity-resolution", 2)]
    public async Task A_service_crashing_mid_load_loses_nothing_and_alerts_each_report_once(string part, int run)
    {
        var gateway = fixture.Platform.Gateway;
        var watched = Enumerable.Range(0, 4).Select(i => $"+96477022{run}{i:D4}").ToArray();
        using var analyst = await PartnerClient.ForAsync(gateway, "krg-security-analyst");
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = $"restart {part}", watch = new { selectors = watched.Select(p => $"phone:{p}") }, rules = new[] { "watched-entity-seen" },
        })).EnsureSuccessStatusCode();
        var feeds = await Task.WhenAll(Feeds.Select(f => PartnerClient.ForAsync(gateway, f)));

        var accepted = new ConcurrentDictionary<int, Guid>();
        var crash = Task.Run(async () =>
        {
            await Eventually.GetAsync(() => Task.FromResult(accepted.Count >= Reports / 3 ? "a third accepted" : null), Within, "a third of the load accepted");
            await fixture.Platform.CrashAndRestartAsync(part);
        });
        await Task.WhenAll(Enumerable.Range(0, Reports).Select(async i =>
        {
            await Task.Delay(i * 50);
            var report = SampleReports.Phone($"restart-{run}-{i}", watched[i % watched.Length], "krg-security");
            accepted[i] = await SubmitUntilAnsweredAsync(feeds[i % feeds.Length], report);
        }));
        await crash;

        foreach (var id in accepted.Values)
        {
            await Eventually.GetAsync(async () => await StatusAsync(analyst, id) == "resolved" ? "resolved" : null, Within, $"report {id} resolved");
        }
        var alerts = await Eventually.GetAsync(async () =>
        {
            var mine = (await AlertsAsync(analyst)).Where(a => accepted.Values.Contains(a.Report)).ToList();
            return mine.Select(a => a.Report).Distinct().Count() == Reports ? mine : null;
        }, Within, "every report alerted");
        Assert.All(alerts.CountBy(a => a.Report), c => Assert.Equal(1, c.Value));

        var mentions = new List<Guid>();
        foreach (var phone in watched)
        {
            var found = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities?selector={Uri.EscapeDataString($"phone:{phone}")}");
            mentions.AddRange(Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("entity").GetProperty("mentions")
                .EnumerateArray().Select(m => m.GetProperty("reportId").GetGuid()));
        }
        Assert.Equal(accepted.Values.Order(), mentions.Order());
        foreach (var feed in feeds)
        {
            feed.Dispose();
        }
    }

    /// <summary>What a partner does without an answer: sends the same report again, a little later, until it is answered.</summary>
    private static async Task<Guid> SubmitUntilAnsweredAsync(HttpClient feed, global::System.Text.Json.Nodes.JsonObject report)
    {
        var deadline = DateTime.UtcNow + Within;
        while (true)
        {
            try
            {
                using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
                if (answer.IsSuccessStatusCode)
                {
                    return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // The gateway itself answered nothing: as good as a 502.
            }
            Assert.True(DateTime.UtcNow < deadline, $"{report["reference"]} never accepted");
            await Task.Delay(250);
        }
    }

    private static async Task<string?> StatusAsync(HttpClient analyst, Guid report)
    {
        using var answer = await analyst.GetAsync($"/api/v1/reports/{report}");
        return answer.IsSuccessStatusCode ? (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
    }

    private static async Task<List<(Guid Report, Guid Entity)>> AlertsAsync(HttpClient analyst)
    {
        var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500");
        // Reports about one phone within the grouping window are counted on one alert: each report once, in reportIds.
        return [.. page.GetProperty("items").EnumerateArray().SelectMany(a =>
            a.GetProperty("reportIds").EnumerateArray().Select(r => (r.GetGuid(), a.GetProperty("entityId").GetGuid())))];
    }
}
