using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http;
using Intel.Alerting.Alerts;
using Intel.ServiceDefaults.Auth;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>An analyst acknowledges and closes an alert; each step is in its history with who and when.</summary>
public sealed class AlertLifecycleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Acknowledge_and_close_are_recorded_and_only_the_alerts_agency_may_do_them()
    {
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        using var stranger = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-analyst");
        var alertId = await RaiseAsync(analyst, "+447700900555");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/v1/alerts/{alertId}/close", null)).StatusCode);

        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/history");
        Assert.Equal(["alert-raised", "alert-acknowledged", "alert-closed"], history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.All(history.EnumerateArray().Skip(1), e => Assert.Equal("uk-nca-analyst", e.GetProperty("by").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/alerts/{alertId}/history")).StatusCode);
    }

    [Fact]
    public async Task Of_two_acknowledgements_decided_on_the_same_version_the_later_is_answered_409_and_writes_nothing()
    {
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var alertId = await RaiseAsync(analyst, "+447700900556");
        var store = fixture.Platform.Service<IDocumentStore>("alerting");
        await using var late = store.LightweightSession();
        var decided = await AlertLifecycle.DecideAsync(late, new AcknowledgeAlert(alertId, new Caller("uk-nca-other", "uk-nca"), DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null)).StatusCode);
        Assert.Single(decided.Decision.Events);
        var answer = await AlertLifecycle.SaveAsync(late, decided, CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, Assert.IsAssignableFrom<IStatusCodeHttpResult>(answer).StatusCode);
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/history");
        Assert.Equal(["alert-raised", "alert-acknowledged"], history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal("uk-nca-analyst", history[1].GetProperty("by").GetString());
    }

    private async Task<Guid> RaiseAsync(HttpClient analyst, string phone)
    {
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = $"Lifecycle {phone}", watch = new { selectors = new[] { $"phone:{phone}" } }, rules = new[] { "watched-entity-seen" },
        })).EnsureSuccessStatusCode();
        var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone($"NCA-life-{phone}", phone));
        var reportId = (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var alertId = await Eventually.GetAsync(async () =>
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
            return page.GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("reportId").GetGuid() == reportId).Select(a => (Guid?)a.GetProperty("id").GetGuid()).FirstOrDefault();
        }, TimeSpan.FromSeconds(30), "the alert");
        return alertId!.Value;
    }
}
