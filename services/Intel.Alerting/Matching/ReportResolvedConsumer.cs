using System.Diagnostics;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;
using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Alerting.Matching;

/// <summary>A report was resolved: raise an alert for every subscription it concerns, once.</summary>
public sealed class ReportResolvedConsumer(IDocumentStore store, IOptions<AlertSettings> settings, TimeProvider clock, ILogger<ReportResolvedConsumer> logger)
    : IdempotentConsumer<ReportResolved>(store, clock, logger)
{
    public static readonly ActivitySource Source = new("Intel.Alerting");

    protected override async Task HandleAsync(ConsumeContext<ReportResolved> context, IDocumentSession session)
    {
        var report = context.Message;
        using var activity = Source.StartActivity("report match");
        activity?.SetTag("intel.report.id", report.ReportId);
        var ct = context.CancellationToken;

        var (watches, candidates) = await CandidatesAsync(session, report, ct);
        var matched = SubscriptionMatch.Decide(report, candidates, watches, Clock.GetUtcNow()).DistinctBy(a => a.AlertId).ToList();
        var (raised, repeated) = await RecordAsync(session, matched, settings.Value.GroupingWindow, ct);
        activity?.SetTag("intel.alerts.repeated", repeated);
        activity?.SetTag("intel.alerts.raised", raised);
    }

    /// <summary>
    /// Raises each matched alert, or counts it on its group's open alert, on the session; the caller commits. With
    /// grouping, the groups stay locked from before their alerts are read until that commit (<see cref="AlertGroupLock"/>).
    /// </summary>
    internal static async Task<(int Raised, int Repeated)> RecordAsync(
        IDocumentSession session, List<AlertRaised> matched, TimeSpan window, CancellationToken ct)
    {
        if (window > TimeSpan.Zero)
        {
            await AlertGroupLock.LockAsync(session, matched, ct);
        }
        var earlier = await EarlierAlertsAsync(session, matched, window, ct);

        var (raised, repeated) = (0, 0);
        foreach (var candidate in matched)
        {
            // The candidate's id is derived from subscription, rule, entity and report: whether it raised
            // its own alert or was counted on another, a report already alerted is never alerted again.
            var alreadyAlerted = earlier.Alerted.Contains(candidate.AlertId);
            var latest = earlier.Latest.GetValueOrDefault((candidate.SubscriptionId, candidate.Rule, candidate.EntityId));
            switch (AlertGrouping.Decide(candidate, alreadyAlerted, latest, window))
            {
                case AlertRaised alert:
                    session.Events.StartStream<Alert>(alert.AlertId, alert);
                    AlertMetrics.RecordRaised(alert.Rule, alert.ReportReceivedAt, alert.RaisedAt);
                    raised++;
                    break;
                case AlertRepeated repeat:
                    session.Events.Append(repeat.AlertId, repeat);
                    session.Insert(new GroupedReport(candidate.AlertId, repeat.AlertId));
                    repeated++;
                    break;
            }
        }
        return (raised, repeated);
    }

    internal sealed record Earlier(HashSet<Guid> Alerted, Dictionary<(Guid, string, Guid), Alert> Latest);

    /// <summary>
    /// In one round trip: which candidates are alerted already (raised, or counted on another alert), and, for grouping,
    /// the newest alert of each candidate's subscription, rule and entity: the only one a report may be counted on.
    /// </summary>
    internal static async Task<Earlier> EarlierAlertsAsync(
        IDocumentSession session, List<AlertRaised> candidates, TimeSpan window, CancellationToken ct)
    {
        var earlier = new Earlier([], []);
        if (candidates.Count == 0)
        {
            return earlier;
        }
        var ids = candidates.Select(c => c.AlertId).ToArray();
        var batch = session.CreateBatchQuery();
        var alerts = batch.LoadMany<Alert>().ById(ids);
        var grouped = batch.LoadMany<GroupedReport>().ById(ids);
        var latest = window > TimeSpan.Zero
            ? candidates.DistinctBy(c => (c.SubscriptionId, c.Rule, c.EntityId)).Select(c => batch.Query<Alert>()
                .Where(a => a.Raised.SubscriptionId == c.SubscriptionId && a.Raised.Rule == c.Rule && a.Raised.EntityId == c.EntityId)
                .OrderByDescending(a => a.Raised.RaisedAt).FirstOrDefault()).ToList()
            : [];
        await batch.Execute(ct);

        earlier.Alerted.UnionWith((await alerts).Select(a => a.Id).Concat((await grouped).Select(g => g.Id)));
        foreach (var alert in await Task.WhenAll(latest))
        {
            if (alert is not null)
            {
                earlier.Latest[(alert.Raised.SubscriptionId, alert.Raised.Rule, alert.Raised.EntityId)] = alert;
            }
        }
        return earlier;
    }

    /// <summary>
    /// In one round trip, the subscriptions a report may concern, found by index: by watched key (with the keys each
    /// watches among the report's), by rule for forgeries, by agency for cross-agency hits. The watched ones are joined
    /// in SQL: Marten's Include would create a temporary table a query, and that catalog churn costs every connection.
    /// </summary>
    internal static async Task<(List<WatchKey> Watches, List<Subscription> Candidates)> CandidatesAsync(
        IDocumentSession session, ReportResolved report, CancellationToken ct)
    {
        var keys = SubscriptionMatch.KeysOf(report).ToArray();
        var batch = session.CreateBatchQuery();
        var watchKeys = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_watchkey";
        var watched = batch.Query<Subscription>(
            $"where id = ANY(select (w.data ->> 'subscriptionId')::uuid from {watchKeys} as w where w.data ->> 'key' = ANY(?))", new object[] { keys });
        var forgeries = report.Mentions.Any(m => m.SuspectedForgery)
            ? batch.Query<Subscription>().Where(s => !s.Deleted && s.Rules.Contains(Rules.SuspectedForgery)).ToList()
            : null;
        var holders = report.Mentions.Where(m => m.NewToAgency).SelectMany(m => m.HeldBy)
            .Where(a => a != report.Agency).Distinct().ToArray();
        var crossAgency = holders.Length > 0
            ? batch.Query<Subscription>().Where(s => !s.Deleted && s.Rules.Contains(Rules.CrossAgencyHit) && s.Agency.IsOneOf(holders)).ToList()
            : null;
        await batch.Execute(ct);

        var found = (await watched).ToList();
        var reportKeys = keys.ToHashSet(StringComparer.Ordinal);
        var watches = found.SelectMany(s => s.WatchKeys.Where(reportKeys.Contains).Select(k => WatchKey.Of(k, s.Id))).ToList();
        found.AddRange(forgeries is null ? [] : await forgeries);
        found.AddRange(crossAgency is null ? [] : await crossAgency);
        return (watches, found);
    }
}
