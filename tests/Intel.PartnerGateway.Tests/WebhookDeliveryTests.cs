using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>Alerts reach a subscriber's webhook signed, retried while it fails, and can be re-queued by the administrator.</summary>
public sealed class WebhookDeliveryTests(WebhookFixture fixture) : IClassFixture<WebhookFixture>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task An_alert_is_delivered_to_the_webhook_signed_with_the_subscriptions_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscriptionId, _) = await SubscribeAndAlertAsync(receiver, "+964 750 555 0101", "WH-signed-1");

        var received = await Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), Within, "a delivery");
        Assert.True(received.SignatureValid);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("alert.raised", body.GetProperty("type").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(received.Id, data.GetProperty("id").GetString());
        Assert.Equal(subscriptionId, data.GetProperty("subscriptionId").GetGuid());
        Assert.Equal("watched-entity-seen", data.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.String, data.GetProperty("reportId").ValueKind);
        Assert.InRange(long.Parse(received.Timestamp, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_failing_receiver_gets_the_alert_on_the_third_attempt_and_the_history_shows_three()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await SubscribeAndAlertAsync(receiver, "+964 750 555 0202", "WH-retry-1");

        var delivered = await Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault(r => r.Answered == 204)), Within, "a successful delivery");
        Assert.Equal([500, 500, 204], receiver.Received.Select(r => r.Answered));
        var history = await HistoryAsync(Guid.Parse(delivered.Id), "delivered");
        Assert.Equal([500, 500, 204], history.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
    }

    [Fact]
    public async Task A_delivery_is_dead_lettered_after_the_last_attempt_and_can_be_redelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailAll(true);
        await SubscribeAndAlertAsync(receiver, "+964 750 555 0303", "WH-dead-1");

        var alertId = Guid.Parse((await Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), Within, "a first attempt")).Id);
        var history = await HistoryAsync(alertId, "dead-lettered");
        Assert.Equal(WebhookFixture.MaxAttempts, history.GetProperty("attempts").GetArrayLength());

        receiver.FailAll(false);
        using var admin = await fixture.AdminAsync();
        using var redeliver = await admin.PostAsync($"/api/v1/partners/deliveries/{alertId}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        await HistoryAsync(alertId, "delivered");
        Assert.True(receiver.Received.Last().SignatureValid);
    }

    [Fact]
    public async Task An_alert_of_a_subscription_without_a_webhook_stays_in_the_feed_and_has_no_delivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var feedOnly = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "WH-none-1", watch = new { selectors = new[] { "phone:+9647505550404" } }, rules = new[] { "watched-entity-seen" },
        });
        Assert.Equal(HttpStatusCode.Created, feedOnly.StatusCode);
        var feedOnlyId = (await feedOnly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // The same report also alerts a subscription with a webhook: once that is delivered, alerting has published
        // everything the report raised, so a delivery of the other alert would exist by then.
        await SubscribeAndAlertAsync(receiver, "+964 750 555 0404", "WH-none-1");

        var delivered = await Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), Within, "the webhook's delivery");
        await HistoryAsync(Guid.Parse(delivered.Id), "delivered");
        var alert = await Eventually.GetAsync(async () =>
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
            return page.GetProperty("items").EnumerateArray().Cast<JsonElement?>()
                .FirstOrDefault(a => a!.Value.GetProperty("subscriptionId").GetGuid() == feedOnlyId);
        }, Within, "the feed-only alert");
        using var admin = await fixture.AdminAsync();
        using var history = await admin.GetAsync($"/api/v1/partners/deliveries/{alert!.Value.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
    }

    [Theory]
    [InlineData("https://10.0.0.1/alerts")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[fd00::1]/alerts")]
    public async Task A_webhook_to_a_private_or_metadata_address_is_refused(string url)
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Internal", rules = new[] { "cross-agency-hit" }, webhook = new { url },
        });
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["webhook.url"], errors.EnumerateObject().Select(p => p.Name));
    }

    private Task<(Guid SubscriptionId, string Secret)> SubscribeAndAlertAsync(WebhookReceiver receiver, string phone, string reference) =>
        Webhooks.SubscribeAndAlertAsync(Gateway, receiver, phone, reference);

    private Task<JsonElement> HistoryAsync(Guid alertId, string status) => Webhooks.HistoryAsync(fixture, alertId, status);
}
