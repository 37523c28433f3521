using System.Text.Json;
using MassTransit;
using Intel.Contracts.Entities.V1;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>
/// Several reports naming one phone, resolved at once (as the demo feed's are): alerting handles them side by side,
/// and each must see the alert the others raised or counted on, or the one hit splits into several alerts.
/// </summary>
public sealed class ConcurrentGroupingTests(AllAtOncePlatformFixture fixture) : IClassFixture<AllAtOncePlatformFixture>
{
    private const int Reports = AllAtOncePlatformFixture.AtOnce;
    private static readonly string[] Holders = ["eu-partner", "iq-border", "krg-security", "uk-homeoffice"];

    [Fact]
    public async Task Cross_agency_hits_on_one_phone_resolved_at_once_are_counted_on_a_single_alert()
    {
        var platform = fixture.Platform;
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, "uk-nca-analyst");
        var subscriptionId = await SubscribeAsync(analyst, new { name = "Ours elsewhere", rules = new[] { "cross-agency-hit" } });
        var phone = Guid.NewGuid();
        // Straight onto alerting's queue, all at once: entity resolution would space them out as it resolves them.
        var queue = await platform.Service<IBus>("alerting").GetSendEndpoint(new Uri("queue:alerting-report-resolved"));

        await Task.WhenAll(Enumerable.Range(0, Reports).Select(i => queue.Send(Resolved(phone, Holders[i % Holders.Length], i))));

        var alerts = await Eventually.GetAsync(
            async () => await AlertsAsync(analyst, subscriptionId) is var listed && listed.Sum(Count) == Reports ? listed : null,
            TimeSpan.FromSeconds(60), $"all {Reports} reports counted in uk-nca's inbox");
        Assert.Equal(Reports, Count(Assert.Single(alerts)));
    }

    private static int Count(JsonElement alert) => alert.GetProperty("count").GetInt32();

    private static ReportResolved Resolved(Guid phone, string agency, int n) => new()
    {
        ReportId = Guid.NewGuid(), Reference = $"AT-ONCE-{n}", Agency = agency, ReleasableTo = ["uk-nca"], Tlp = "amber",
        ReceivedAt = DateTimeOffset.UtcNow, ResolvedAt = DateTimeOffset.UtcNow, Links = [],
        Mentions =
        [
            new ResolvedMention
            {
                Ref = "ph1", EntityId = phone, EntityType = "phone", Selectors = ["phone:+9647705550001"], NewEntity = false,
                HeldBy = ["uk-nca", agency], NewToAgency = true,
            },
        ],
    };
}
