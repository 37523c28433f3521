using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.ServiceDefaults.Auth;

namespace Intel.Alerting.Matching;

/// <summary>The pure decision of which alerts a resolved report raises.</summary>
public static class SubscriptionMatch
{
    public static IEnumerable<string> KeysOf(ResolvedMention mention) =>
        mention.Selectors.Select(WatchKey.ForSelector).Prepend(WatchKey.ForEntity(mention.EntityId));

    public static IEnumerable<AlertRaised> Decide(
        ReportResolved report, IEnumerable<Subscription> subscriptions, IReadOnlyList<WatchKey> watches, DateTimeOffset now)
    {
        foreach (var subscription in subscriptions)
        {
            // A subscriber only hears of reports its agency may see; anything else would leak content.
            if (subscription.Deleted || !subscription.Rules.Contains(Rules.WatchedEntitySeen)
                || !Sharing.MaySee(subscription.Agency, report.Agency, report.ReleasableTo))
            {
                continue;
            }
            var watched = watches.Where(w => w.SubscriptionId == subscription.Id).Select(w => w.Key).ToHashSet();
            foreach (var mention in report.Mentions.Where(m => KeysOf(m).Any(watched.Contains)))
            {
                yield return new AlertRaised(
                    Alert.IdFor(subscription.Id, Rules.WatchedEntitySeen, mention.EntityId, report.ReportId),
                    subscription.Id, subscription.Agency, subscription.ClientId, Rules.WatchedEntitySeen,
                    report.ReportId, mention.EntityId,
                    $"Report {report.Reference} from {report.Agency} mentions watched {mention.EntityType} {(mention.Selectors is [var first, ..] ? first : mention.EntityId.ToString())}.",
                    subscription.WebhookUrl, now, report.ReceivedAt);
            }
        }
    }
}
