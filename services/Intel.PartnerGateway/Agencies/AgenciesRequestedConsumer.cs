using Marten;
using MassTransit;
using Contract = Intel.Contracts.Partners.V1;

namespace Intel.PartnerGateway.Agencies;

/// <summary>
/// Announces every agency again to a service that asked at its start. Answering twice only repeats what the services
/// already hold, so this consumer keeps no record of the requests it answered.
/// </summary>
public sealed class AgenciesRequestedConsumer(IDocumentStore store, ILogger<AgenciesRequestedConsumer> logger)
    : IConsumer<Contract.AgenciesRequested>
{
    public async Task Consume(ConsumeContext<Contract.AgenciesRequested> context)
    {
        await using var session = store.QuerySession();
        var agencies = await session.Query<Agency>().ToListAsync(context.CancellationToken);
        await context.PublishBatch(agencies.Select(a => new Contract.AgencyRegistered
        {
            AgencyId = a.AgencyId, Name = a.Name, RegisteredAt = a.RegisteredAt,
        }), context.CancellationToken);
        logger.LogInformation("Announced {Count} agencies again, as {Service} asked", agencies.Count, context.Message.RequestedBy);
    }
}
