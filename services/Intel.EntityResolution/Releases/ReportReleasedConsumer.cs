using Marten;
using MassTransit;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Network;
using Intel.ServiceDefaults.Messaging;

namespace Intel.EntityResolution.Releases;

/// <summary>
/// A report was released to one more agency: its mentions on every entity and the links it made carry the new
/// releasability, so entity, history and network views show it to that agency from then on.
/// </summary>
public sealed class ReportReleasedConsumer(IDocumentStore store, TimeProvider clock, ILogger<ReportReleasedConsumer> logger)
    : IdempotentConsumer<ReportReleased>(store, clock, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ReportReleased> context, IDocumentSession session)
    {
        var released = context.Message;
        var ct = context.CancellationToken;
        var entityIds = await session.Query<Entity>().Where(e => e.Mentions.Any(m => m.ReportId == released.ReportId)).Select(e => e.Id).ToListAsync(ct);
        foreach (var entityId in entityIds)
        {
            // Fetched for writing: resolution or an analyst changing the entity meanwhile fails the commit and the
            // message is retried on fresh state.
            var stream = await session.Events.FetchForWriting<Entity>(entityId, ct);
            stream.AppendOne(new MentionsReleased(entityId, released.ReportId, released.ReleasableTo, released.At));
        }
        foreach (var link in await session.Query<EntityLink>().Where(l => l.ReportId == released.ReportId).ToListAsync(ct))
        {
            link.ReleasableTo = released.ReleasableTo;
            session.Store(link);
        }
    }
}
