using Intel.Alerting.Matching;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;

namespace Intel.Alerting.Tests;

/// <summary>A watch on an entity follows it when new evidence merges it into another.</summary>
public sealed class MergedWatchTests
{
    [Fact]
    public void A_report_that_merges_a_watched_entity_into_another_alerts_its_watcher()
    {
        var (watched, survivor) = (Guid.NewGuid(), Guid.NewGuid());
        var subscription = new Subscription(Guid.NewGuid(), "uk-nca", "uk-nca-analyst", "Barzani", new Watch([watched], [], []),
            [Rules.WatchedEntitySeen], null, DateTimeOffset.UtcNow, false);
        var report = new ReportResolved
        {
            ReportId = Guid.NewGuid(), Reference = "KRG-1", Agency = "krg-security", ReleasableTo = ["*"], Tlp = "amber",
            ReceivedAt = DateTimeOffset.UtcNow, ResolvedAt = DateTimeOffset.UtcNow, Links = [],
            Mentions = [new ResolvedMention
            {
                Ref = "p1", EntityId = survivor, EntityType = "person", Selectors = [], NewEntity = false, HeldBy = ["krg-security", "uk-nca"],
                Names = ["Mohammed Al-Barzani"], MergedFrom = [watched],
            }],
        };
        var watches = subscription.WatchKeys.Select(k => WatchKey.Of(k, subscription.Id)).ToList();

        var alerts = SubscriptionMatch.Decide(report, [subscription], watches, DateTimeOffset.UtcNow).ToList();

        var alert = Assert.Single(alerts);
        Assert.Equal(Rules.WatchedEntitySeen, alert.Rule);
        Assert.Equal(survivor, alert.EntityId);
        Assert.Contains(SubscriptionMatch.KeysOf(report), k => k == WatchKey.ForEntity(watched));
    }
}
