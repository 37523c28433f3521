using Marten;
using MassTransit;
using Intel.ServiceDefaults.Messaging;
using Contract = Intel.Contracts.Entities.V1;

namespace Intel.Ingestion.Reports;

/// <summary>An entity read showed content of these reports: each report's history records the read.</summary>
public sealed class EntityReadConsumer(IDocumentStore store, TimeProvider clock, ILogger<EntityReadConsumer> logger)
    : IdempotentConsumer<Contract.EntityRead>(store, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<Contract.EntityRead> context, IDocumentSession session)
    {
        var read = context.Message;
        foreach (var reportId in read.ReportIds)
        {
            session.Events.StartStream(Guid.CreateVersion7(), new ReportRead(reportId, read.ClientId, read.Agency, "entity", read.At, read.EntityId, read.ByName));
        }
        return Task.CompletedTask;
    }
}
