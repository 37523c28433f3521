namespace Intel.PartnerGateway.Tests;

/// <summary>partner-gateway runs as two replicas in production; a partner still gets each alert once.</summary>
public sealed class WebhookReplicaTests(WebhookFixture fixture) : IClassFixture<WebhookFixture>
{
    [Fact]
    public async Task With_a_second_replica_a_slow_receiver_gets_each_alert_once()
    {
        await fixture.Platform.StartReplicaAsync("partner-gateway");
        // Answering after a second keeps the delivery pending long enough for every replica's poll to see it.
        await using var receiver = await WebhookReceiver.StartAsync(answerAfter: TimeSpan.FromSeconds(1));
        await Webhooks.SubscribeAndAlertAsync(fixture.Platform.Gateway, receiver, "+964 750 555 0505", "WH-once-1");

        var first = await Intel.Testing.Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), TimeSpan.FromSeconds(30), "a delivery");
        await Webhooks.HistoryAsync(fixture, Guid.Parse(first.Id), "delivered");

        // A second sender would have sent while the first waited for its answer: it would have arrived by now.
        Assert.Single(receiver.Received);
    }
}
