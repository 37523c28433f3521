using System.Diagnostics;
using Marten;
using MassTransit;
using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Alerting.Matching;

/// <summary>A report was resolved: raise an alert for every subscription it concerns, once.</summary>
public sealed class ReportResolvedConsumer(IDocumentStore store, ILogger<ReportResolvedConsumer> logger)
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

        var raised = 0;
        foreach (var alert in SubscriptionMatch.Decide(report, candidates, watches, DateTimeOffset.UtcNow).DistinctBy(a => a.AlertId))
        {
            // The id is derived from subscription, rule, entity and report: an alert already raised is never raised again.
            if (await session.Events.FetchStreamStateAsync(alert.AlertId, ct) is null)
            {
                session.Events.StartStream<Alert>(alert.AlertId, alert);
                AlertMetrics.RecordRaised(alert.Rule, alert.ReportReceivedAt, alert.RaisedAt);
                raised++;
            }
        }
        activity?.SetTag("intel.alerts.raised", raised);
    }

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
