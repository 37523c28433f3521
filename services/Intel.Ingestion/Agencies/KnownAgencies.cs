using Marten;
using MassTransit;
using Intel.Contracts.Partners.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Ingestion.Agencies;

/// <summary>An agency id that reports may be released to, learnt from partner-gateway.</summary>
public sealed record KnownAgency(string Id, string Name);

/// <summary>The agency ids ingestion accepts in <c>releasableTo</c>.</summary>
public sealed class KnownAgencies(IDocumentStore store)
{
    public async Task<IReadOnlySet<string>> AllAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var ids = await session.Query<KnownAgency>().Select(a => a.Id).ToListAsync(ct);
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}

public sealed class AgencyRegisteredConsumer(IDocumentStore store, ILogger<AgencyRegisteredConsumer> logger)
    : IdempotentConsumer<AgencyRegistered>(store, logger)
{
    protected override Task HandleAsync(ConsumeContext<AgencyRegistered> context, IDocumentSession session)
    {
        session.Store(new KnownAgency(context.Message.AgencyId, context.Message.Name));
        return Task.CompletedTask;
    }
}
