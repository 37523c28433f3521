using Marten;
using MassTransit;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Messaging;
using Contract = Intel.Contracts.Entities.V1;

namespace Intel.Ingestion.Resolution;

/// <summary>Entity resolution finished a report: record the entity ids on it, turning it resolved.</summary>
public sealed class ReportResolvedConsumer(IDocumentStore store, TimeProvider clock, ILogger<ReportResolvedConsumer> logger)
    : IdempotentConsumer<Contract.ReportResolved>(store, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<Contract.ReportResolved> context, IDocumentSession session)
    {
        var message = context.Message;
        var entityIds = message.Mentions.ToDictionary(m => m.Ref, m => m.EntityId, StringComparer.Ordinal);
        session.Events.Append(message.ReportId, new ReportResolved(message.ResolvedAt, entityIds));
        return Task.CompletedTask;
    }
}
