using Marten;
using Microsoft.Extensions.Options;
using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Warmup;

namespace Intel.Alerting.Matching;

/// <summary>
/// Before alerting reports ready: a synthetic resolved report, read as the bus delivers it, is taken through matching's
/// reads (candidate subscriptions by watched key, rule and agency; the lock on their alert groups; earlier alerts for
/// grouping) and matched in memory against a synthetic subscription watching its phone and its person, and the alerts
/// that raises are mapped to <c>AlertRaised</c> as the outbox would; the alerts and their feed items are committed and
/// read in a rehearsal that is rolled back; and a copy is received through the consumer's queue and acknowledged unapplied. Nothing
/// is stored: the reading session is never saved, and disposing it ends
/// its transaction and so its locks.
/// </summary>
internal sealed class MatchWarmup(
    IDocumentStore store, IOptions<AlertSettings> settings, CommitRehearsal rehearsal, OutboxWarmup outbox, ReceiveWarmup receive,
    TimeProvider clock) : IWarmup
{
    private const string Agency = "warm-up";
    private const string Phone = "phone:+9647500000000";

    public async Task WarmAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var report = OutboxWarmup.AsReceived(Sample(now));
        var subscription = Subscription.Create(new SubscriptionCreated(Guid.CreateVersion7(), Agency, Agency, "warm-up",
            new Watch([], [Phone], [new WatchedPerson("Warmup Rehearsal", "1984")]),
            [Rules.WatchedEntitySeen, Rules.SuspectedForgery, Rules.CrossAgencyHit], "https://warm-up.invalid/", now));

        await using var session = store.LightweightSession();
        await ReportResolvedConsumer.CandidatesAsync(session, report, ct);
        var reportKeys = SubscriptionMatch.KeysOf(report).ToHashSet(StringComparer.Ordinal);
        var watches = subscription.WatchKeys.Where(reportKeys.Contains).Select(k => WatchKey.Of(k, subscription.Id)).ToList();
        var matched = SubscriptionMatch.Decide(report, [subscription], watches, now).DistinctBy(a => a.AlertId).ToList();
        var window = settings.Value.GroupingWindow;
        if (window > TimeSpan.Zero)
        {
            await AlertGroupLock.LockAsync(session, matched, ct);
        }
        await ReportResolvedConsumer.EarlierAlertsAsync(session, matched, window, ct);
        var raised = matched.Select(m => AlertGrouping.Decide(m, false, null, window)).OfType<AlertRaised>().ToList();
        raised.ForEach(a => Alert.Create(a));
        await rehearsal.RehearseAsync(rehearsed =>
        {
            raised.ForEach(a => rehearsed.Events.StartStream<Alert>(a.AlertId, a));
            rehearsed.Insert(new ProcessedMessage(ProcessedMessage.KeyFor(Agency, report.ReportId), report.ReportId, Agency, now));
        }, [.. raised.Select(a => a.AlertId)], ct, async rehearsed =>
        {
            // The alerts feed, which the daemon builds and the alerts list reads.
            foreach (var alert in raised)
            {
                if (await rehearsed.Events.AggregateStreamAsync<AlertFeedItem>(alert.AlertId, token: ct) is { } item)
                {
                    rehearsed.Store(item);
                }
            }
            await rehearsed.SaveChangesAsync(ct);
            await rehearsed.Query<AlertFeedItem>().Where(a => a.Agency == Agency && a.Cursor > 0).OrderBy(a => a.Cursor).Take(1).ToListAsync(ct);
        });
        await outbox.WarmAsync(raised, ct);
        await receive.WarmAsync<ReportResolvedConsumer, ReportResolved>(Sample(now), ct);
    }

    private static ReportResolved Sample(DateTimeOffset now) => new()
    {
        ReportId = Guid.CreateVersion7(),
        Reference = "warm-up",
        Agency = "warm-up-elsewhere",
        ReleasableTo = [Agency],
        Tlp = "amber",
        ReceivedAt = now,
        Grading = new Contracts.Reports.V1.Grading("2", "B", "C", "Not for court use"),
        ResolvedAt = now,
        Mentions =
        [
            new ResolvedMention
            {
                Ref = "ph1", EntityId = Guid.CreateVersion7(), EntityType = "phone", Selectors = [Phone], NewEntity = true,
                HeldBy = [Agency, "warm-up-elsewhere"], NewToAgency = true,
            },
            new ResolvedMention
            {
                Ref = "p1", EntityId = Guid.CreateVersion7(), EntityType = "person", Selectors = [], NewEntity = true, HeldBy = ["warm-up-elsewhere"],
                NewToAgency = true, Names = ["Warmup Rehearsal"], DateOfBirth = "1984-03-02", SuspectedForgery = true, ForgeryReason = "reported",
            },
        ],
        Links = [],
    };
}
