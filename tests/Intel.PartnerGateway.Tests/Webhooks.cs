using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>What the webhook tests do again and again: subscribe with a webhook and report, read a delivery's history.</summary>
internal static class Webhooks
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    /// <summary>Subscribes krg-security's analyst to a phone with the receiver as webhook, then reports that phone.</summary>
    public static async Task<(Guid SubscriptionId, string Secret)> SubscribeAndAlertAsync(Uri gateway, WebhookReceiver receiver, string phone, string reference)
    {
        using var analyst = await PartnerClient.ForAsync(gateway, "krg-security-analyst");
        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = reference, watch = new { selectors = new[] { $"phone:{phone.Replace(" ", "", StringComparison.Ordinal)}" } },
            rules = new[] { "watched-entity-seen" }, webhook = new { url = receiver.Url.ToString() },
        });
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var created = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("webhookSecret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        receiver.Secret = secret;

        using var feed = await PartnerClient.ForAsync(gateway, "uk-nca-feed");
        using var report = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone(reference, phone, "krg-security"));
        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        return (created.GetProperty("id").GetGuid(), secret);
    }

    public static async Task<JsonElement> HistoryAsync(PartnerGatewayFixture fixture, Guid alertId, string status)
    {
        using var admin = await fixture.AdminAsync();
        return await Eventually.GetAsync(async () =>
        {
            using var answer = await admin.GetAsync($"/api/v1/partners/deliveries/{alertId}");
            var body = answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<JsonElement>() : default;
            return answer.IsSuccessStatusCode && body.GetProperty("status").GetString() == status ? (JsonElement?)body : null;
        }, Within, $"delivery {alertId} {status}") ?? default;
    }
}
