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
public sealed class ReportResolvedConsumer(IDocumentStore store, IOptions<AlertSettings> settings, ILogger<ReportResolvedConsumer> logger)
    : IdempotentConsumer<ReportResolved>(store, logger)
{
    public static readonly ActivitySource Source = new("Intel.Alerting");

    protected override async Task HandleAsync(ConsumeContext<ReportResolved> context, IDocumentSession session)
    {
        var report = context.Message;
        using var activity = Source.StartActivity("report match");
        activity?.SetTag("intel.report.id", report.ReportId);
        var ct = context.CancellationToken;

        var keys = SubscriptionMatch.KeysOf(report).ToArray();
        var watches = await session.Query<WatchKey>().Where(w => w.Key.IsOneOf(keys)).ToListAsync(ct);
        var candidates = await CandidatesAsync(session, report, watches, ct);

        var window = settings.Value.GroupingWindow;
        var (raised, repeated) = (0, 0);
        foreach (var candidate in SubscriptionMatch.Decide(report, candidates, watches, DateTimeOffset.UtcNow).DistinctBy(a => a.AlertId))
        {
            // The candidate's id is derived from subscription, rule, entity and report: whether it raised
            // its own alert or was counted on another, a report already alerted is never alerted again.
            var alreadyAlerted = await session.Events.FetchStreamStateAsync(candidate.AlertId, ct) is not null
                || await session.LoadAsync<GroupedReport>(candidate.AlertId, ct) is not null;
            var latest = window > TimeSpan.Zero && !alreadyAlerted ? await LatestAsync(session, candidate, ct) : null;
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
        activity?.SetTag("intel.alerts.repeated", repeated);
        activity?.SetTag("intel.alerts.raised", raised);
    }

    /// <summary>The newest alert of the candidate's subscription, rule and entity: the only one a report may be counted on.</summary>
    private static Task<Alert?> LatestAsync(IDocumentSession session, AlertRaised candidate, CancellationToken ct) =>
        session.Query<Alert>()
            .Where(a => a.Raised.SubscriptionId == candidate.SubscriptionId && a.Raised.Rule == candidate.Rule && a.Raised.EntityId == candidate.EntityId)
            .OrderByDescending(a => a.Raised.RaisedAt).FirstOrDefaultAsync(ct);

    /// <summary>Subscriptions found by index: by watched key, by rule for forgeries, by agency for cross-agency hits.</summary>
    private static async Task<List<Subscription>> CandidatesAsync(
        IDocumentSession session, ReportResolved report, IReadOnlyList<WatchKey> watches, CancellationToken ct)
    {
        var ids = watches.Select(w => w.SubscriptionId).Distinct().ToArray();
        var found = ids.Length == 0 ? [] : (await session.LoadManyAsync<Subscription>(ct, ids)).ToList();
        if (report.Mentions.Any(m => m.SuspectedForgery))
        {
            found.AddRange(await session.Query<Subscription>()
                .Where(s => !s.Deleted && s.Rules.Contains(Rules.SuspectedForgery)).ToListAsync(ct));
        }
        var holders = report.Mentions.Where(m => m.NewToAgency).SelectMany(m => m.HeldBy)
            .Where(a => a != report.Agency).Distinct().ToArray();
        if (holders.Length > 0)
        {
            found.AddRange(await session.Query<Subscription>()
                .Where(s => !s.Deleted && s.Rules.Contains(Rules.CrossAgencyHit) && s.Agency.IsOneOf(holders)).ToListAsync(ct));
        }
        return found;
    }
}
