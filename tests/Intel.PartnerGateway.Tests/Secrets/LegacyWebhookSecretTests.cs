using System.Net.Http.Json;
using System.Security.Cryptography;
using Marten;
using MassTransit;
using Npgsql;
using Intel.Alerting.Subscriptions;
using Intel.Testing;
using Contract = Intel.Contracts.Alerts.V1;

namespace Intel.PartnerGateway.Tests.Secrets;

/// <summary>A platform of its own: the test restarts alerting.</summary>
public sealed class LegacySecretFixture : PartnerGatewayFixture
{
    protected override string Name => "legacysecrets";
}

/// <summary>
/// A subscription made when alerting minted webhook secrets (kept in clear in its events, sent on the bus) keeps
/// being delivered, signed with that secret, once alerting has started again and wiped the secret from its events.
/// </summary>
public sealed class LegacyWebhookSecretTests(LegacySecretFixture fixture) : IClassFixture<LegacySecretFixture>
{
    [Fact]
    public async Task A_subscription_whose_secret_alerting_stored_keeps_its_secret_at_partner_gateway_only()
    {
        var platform = fixture.Platform;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, "krg-security-analyst");
        using var created = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "legacy", watch = new { selectors = new[] { "phone:+9647505551010" } }, rules = new[] { "watched-entity-seen" },
            webhook = new { url = receiver.Url.ToString() },
        });
        created.EnsureSuccessStatusCode();
        var id = (await PlatformFixture.JsonAsync(created)).GetProperty("id").GetGuid();

        // What the earlier alerting left behind: the secret in its own event, and on the bus to partner-gateway.
        var legacy = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using (var session = platform.Service<IDocumentStore>("alerting").LightweightSession())
        {
            session.Events.Append(id, new WebhookRegistered(id, "krg-security", "krg-security-analyst", receiver.Url.ToString(), DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await using (var database = NpgsqlDataSource.Create(platform.Postgres))
        await using (var command = database.CreateCommand(
            "UPDATE alerting.mt_events SET data = data || jsonb_build_object('secret', $1::text) WHERE type = 'webhook_registered'"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = legacy });
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        // In a task of its own: MassTransit keeps the bus's log context in an async local, which must not outlive this alerting.
        await Task.Run(() => platform.Service<IBus>("alerting").Publish(new Contract.WebhookRegistered
        {
            SubscriptionId = id, Agency = "krg-security", ClientId = "krg-security-analyst", Url = receiver.Url.ToString(), Secret = legacy,
            At = DateTimeOffset.UtcNow,
        }));
        var key = legacy["whsec_".Length..];
        Assert.NotEmpty(await StoredText.TablesHoldingAsync(platform.Postgres, key));

        await platform.StopAsync("alerting");
        await platform.StartAgainAsync("alerting");

        Assert.Empty(await StoredText.TablesHoldingAsync(platform.Postgres, key));
        Assert.Equal("legacy", (await analyst.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/subscriptions/{id}")).GetProperty("name").GetString());
        receiver.Secret = legacy;
        using var feed = await PartnerClient.ForAsync(platform.Gateway, "uk-nca-feed");
        (await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("WH-legacy-1", "+964 750 555 1010", "krg-security"))).EnsureSuccessStatusCode();
        await Eventually.GetAsync(() => Task.FromResult(receiver.Received.FirstOrDefault(r => r.SignatureValid)), TimeSpan.FromSeconds(30),
            "a delivery signed with the secret alerting once minted");
    }
}
