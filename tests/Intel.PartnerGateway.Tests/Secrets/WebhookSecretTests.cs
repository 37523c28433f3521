using Intel.Testing;

namespace Intel.PartnerGateway.Tests.Secrets;

/// <summary>
/// A webhook secret has one owner: the subscriber sees it once and deliveries are signed with it, yet no part's
/// stored events or documents hold it in clear, no message on the broker carries it, and no log line names it.
/// </summary>
public sealed class WebhookSecretTests(SecretFixture fixture) : IClassFixture<SecretFixture>
{
    [Fact]
    public async Task A_webhook_secret_is_nowhere_but_in_the_subscribers_answer()
    {
        await using var broker = await BrokerCapture.StartAsync(fixture.Platform.RabbitMq);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, secret) = await Webhooks.SubscribeAndAlertAsync(fixture.Platform.Gateway, receiver, "+964 750 555 0909", "WH-secret-1");
        var delivered = await Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), TimeSpan.FromSeconds(30), "a delivery");
        Assert.True(delivered.SignatureValid);

        // The key's base64 alone, so a secret kept without its "whsec_" prefix is found as well.
        var key = secret["whsec_".Length..];
        Assert.Empty(await StoredText.TablesHoldingAsync(fixture.Platform.Postgres, key));
        var messages = await broker.MessagesAsync();
        Assert.Contains(messages, m => m.Contains(delivered.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains(key, StringComparison.Ordinal));
        Assert.NotEmpty(fixture.Logs.Lines);
        Assert.DoesNotContain(fixture.Logs.Lines, l => l.Contains(key, StringComparison.Ordinal));
    }
}
