using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.ServiceDefaults.Auth;

namespace Intel.Alerting.Matching;

/// <summary>The pure decision of which alerts a resolved report raises, rule by rule.</summary>
public static class SubscriptionMatch
{
    public static IEnumerable<string> KeysOf(ResolvedMention mention) => ExactKeysOf(mention).Concat(PersonWatch.KeysOf(mention));

    /// <summary>The entity, every entity this report's evidence merged into it (a watch on one of those now watches it), and the selectors.</summary>
    private static IEnumerable<string> ExactKeysOf(ResolvedMention mention) =>
        mention.Selectors.Select(WatchKey.ForSelector)
            .Prepend(WatchKey.ForEntity(mention.EntityId))
            .Concat((mention.MergedFrom ?? []).Select(WatchKey.ForEntity));

    /// <summary>Every key a report touches: its mentions' entities and selectors (links join entities already there).</summary>
    public static IEnumerable<string> KeysOf(ReportResolved report) => report.Mentions.SelectMany(KeysOf).Distinct();

    public static IEnumerable<AlertRaised> Decide(
        ReportResolved report, IEnumerable<Subscription> subscriptions, IReadOnlyList<WatchKey> watches, DateTimeOffset now)
    {
        foreach (var subscription in subscriptions.Where(s => !s.Deleted).DistinctBy(s => s.Id))
        {
            var watched = watches.Where(w => w.SubscriptionId == subscription.Id).Select(w => w.Key).ToHashSet();
            // Content reaches a subscriber only from reports its agency may see; anything else would leak.
            var visible = Sharing.MaySee(subscription.Agency, report.Agency, report.ReleasableTo);
            var alerts = subscription.Rules.SelectMany(rule => rule switch
            {
                Rules.WatchedEntitySeen when visible => WatchedEntitySeen(report, watched, subscription.Watch.People),
                Rules.SuspectedForgery when visible => SuspectedForgery(report),
                Rules.NetworkLink when visible => NetworkLink(report, watched, subscription.Watch.People),
                Rules.CrossAgencyHit => CrossAgencyHit(report, subscription.Agency, visible),
                _ => [],
            });
            foreach (var (rule, mention, summary, disclosed) in alerts)
            {
                yield return new AlertRaised(
                    Alert.IdFor(subscription.Id, rule, mention.EntityId, report.ReportId), subscription.Id, subscription.Agency,
                    subscription.ClientId, rule, report.ReportId, mention.EntityId, summary, subscription.WebhookUrl, now,
                    report.ReceivedAt, disclosed, report.Grading?.Handling == "C" ? report.Grading.Conditions : null);
            }
        }
    }

    private sealed record Hit(string Rule, ResolvedMention Mention, string Summary, bool Disclosed);

    private static IEnumerable<Hit> WatchedEntitySeen(ReportResolved report, HashSet<string> watched, IReadOnlyList<WatchedPerson> people) =>
        report.Mentions.Where(m => IsWatched(m, watched, people)).Select(m => new Hit(Rules.WatchedEntitySeen, m,
            $"Report {report.Reference} from {report.Agency} mentions watched {m.EntityType} {Describe(m)}.", true));

    /// <summary>By entity or selector exactly; a person also by a close name with a compatible birth date.</summary>
    private static bool IsWatched(ResolvedMention mention, HashSet<string> watched, IReadOnlyList<WatchedPerson> people) =>
        ExactKeysOf(mention).Any(watched.Contains)
        || (PersonWatch.KeysOf(mention).Any(watched.Contains) && people.Any(p => PersonWatch.Matches(p, mention)));

    private static IEnumerable<Hit> SuspectedForgery(ReportResolved report) =>
        report.Mentions.Where(m => m.SuspectedForgery).Select(m => new Hit(Rules.SuspectedForgery, m,
            $"Report {report.Reference} from {report.Agency} flags {Describe(m)} as a suspected forgery ({m.ForgeryReason ?? "reported"}).", true));

    private static IEnumerable<Hit> NetworkLink(ReportResolved report, HashSet<string> watched, IReadOnlyList<WatchedPerson> people)
    {
        var byEntity = report.Mentions.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.First());
        foreach (var link in report.Links)
        {
            foreach (var (end, other) in new[] { (link.FromEntityId, link.ToEntityId), (link.ToEntityId, link.FromEntityId) })
            {
                if (byEntity.TryGetValue(end, out var mention) && IsWatched(mention, watched, people) && byEntity.TryGetValue(other, out var linked))
                {
                    yield return new Hit(Rules.NetworkLink, mention,
                        $"Report {report.Reference} from {report.Agency} links watched {mention.EntityType} {Describe(mention)} to {linked.EntityType} {Describe(linked)} ({link.Type}).", true);
                }
            }
        }
    }

    /// <summary>Hit/no-hit: the subscriber learns which agency now also holds the entity, and nothing of the report.</summary>
    private static IEnumerable<Hit> CrossAgencyHit(ReportResolved report, string agency, bool visible) =>
        agency == report.Agency
            ? []
            : report.Mentions.Where(m => m.NewToAgency && m.HeldBy.Contains(agency)).Select(m => new Hit(Rules.CrossAgencyHit, m,
                $"{report.Agency} now also holds information on a {m.EntityType} your agency reported (entity {m.EntityId}).", visible));

    private static string Describe(ResolvedMention m) =>
        m.Selectors is [var first, ..] ? first : m.Names is [var name, ..] ? name : m.EntityId.ToString();
}
