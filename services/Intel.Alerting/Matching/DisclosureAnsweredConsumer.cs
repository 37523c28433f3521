using Marten;
using MassTransit;
using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.Contracts.Disclosures.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Alerting.Matching;

/// <summary>
/// A disclosure request was answered: alert the person who asked, in their agency's feed, whether or not they
/// subscribed. A release names the first released report (now visible to them); a decline names none.
/// </summary>
public sealed class DisclosureAnsweredConsumer(IDocumentStore store, TimeProvider clock, ILogger<DisclosureAnsweredConsumer> logger)
    : IdempotentConsumer<DisclosureAnswered>(store, clock, logger)
{
    public const string Released = "released";

    protected override Task HandleAsync(ConsumeContext<DisclosureAnswered> context, IDocumentSession session)
    {
        var answer = context.Message;
        var released = answer.Outcome == Released && answer.ReportIds.Count > 0;
        var reportId = released ? answer.ReportIds[0] : Guid.Empty;
        var summary = released
            ? $"{answer.Holder} released {answer.ReportIds.Count} report(s) on this entity at your request."
            : $"{answer.Holder} declined your disclosure request: {answer.Reason}";
        var id = Alert.IdFor(answer.DisclosureId, Rules.DisclosureAnswered, answer.EntityId, reportId);
        // The answer's time stands for the report's receipt: this alert measures no report's latency.
        session.Events.StartStream<Alert>(id, new AlertRaised(id, Guid.Empty, answer.Requester, answer.RequestedBy, Rules.DisclosureAnswered,
            reportId, answer.EntityId, summary, null, Clock.GetUtcNow(), answer.At, released));
        return Task.CompletedTask;
    }
}
