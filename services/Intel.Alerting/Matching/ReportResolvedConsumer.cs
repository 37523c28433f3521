using System.Diagnostics;
using Marten;
using MassTransit;
using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Alerting.Matching;

/// <summary>A report was resolved: raise an alert for every subscription it concerns and may be shown to.</summary>
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

        var keys = report.Mentions.SelectMany(SubscriptionMatch.KeysOf).Distinct().ToList();
        var watches = await session.Query<WatchKey>().Where(w => w.Key.IsOneOf(keys.ToArray())).ToListAsync(ct);
        var subscriptionIds = watches.Select(w => w.SubscriptionId).Distinct().ToArray();
        var subscriptions = subscriptionIds.Length == 0 ? [] : await session.LoadManyAsync<Subscription>(ct, subscriptionIds);

        var now = DateTimeOffset.UtcNow;
        foreach (var candidate in SubscriptionMatch.Decide(report, subscriptions, watches, now).DistinctBy(a => a.AlertId))
        {
            if (await session.Events.FetchStreamStateAsync(candidate.AlertId, ct) is null)
            {
                session.Events.StartStream<Alert>(candidate.AlertId, candidate);
            }
        }
        activity?.SetTag("intel.alerts", subscriptions.Count);
    }
}
