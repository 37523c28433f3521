using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>An analyst acknowledges and closes an alert; each step is in its history with who and when.</summary>
public sealed class AlertLifecycleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Acknowledge_and_close_are_recorded_and_only_the_alerts_agency_may_do_them()
    {
        var gateway = fixture.Platform.Gateway;
        using var analyst = await PartnerClient.ForAsync(gateway, "uk-nca-analyst");
        using var stranger = await PartnerClient.ForAsync(gateway, "iq-border-analyst");
        using var feed = await PartnerClient.ForAsync(gateway, "uk-nca-feed");
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Lifecycle", watch = new { selectors = new[] { "phone:+447700900555" } }, rules = new[] { "watched-entity-seen" },
        })).EnsureSuccessStatusCode();
        (await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("NCA-life-1", "+44 7700 900555"))).EnsureSuccessStatusCode();
        var alertId = await Eventually.GetAsync(async () =>
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
            return page.GetProperty("items").EnumerateArray().Select(a => (Guid?)a.GetProperty("id").GetGuid()).FirstOrDefault();
        }, TimeSpan.FromSeconds(30), "the alert");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/v1/alerts/{alertId}/close", null)).StatusCode);

        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/history");
        Assert.Equal(["alert-raised", "alert-acknowledged", "alert-closed"], history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.All(history.EnumerateArray().Skip(1), e => Assert.Equal("uk-nca-analyst", e.GetProperty("by").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/alerts/{alertId}/history")).StatusCode);
    }
}
