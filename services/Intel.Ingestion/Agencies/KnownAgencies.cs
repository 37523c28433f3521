using Marten;
using MassTransit;
using Intel.Contracts.Partners.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Ingestion.Agencies;

/// <summary>An agency id that reports may be released to, learnt from partner-gateway.</summary>
public sealed record KnownAgency(string Id, string Name);

/// <summary>
/// The agency ids ingestion accepts in <c>releasableTo</c>. Agencies are only ever added, so the set
/// read last is never wrong about an agency it holds: it is read again only when a report names one it
/// lacks (registered since, perhaps through another replica), not once for every report.
/// </summary>
public sealed class KnownAgencies(IDocumentStore store)
{
    private volatile IReadOnlySet<string>? _known;

    /// <summary>The known agencies, read afresh if any of <paramref name="named"/> is not among those read last.</summary>
    public async Task<IReadOnlySet<string>> CoveringAsync(IEnumerable<string> named, CancellationToken ct)
    {
        if (_known is { } known && named.All(known.Contains))
        {
            return known;
        }
        await using var session = store.QuerySession();
        var ids = await session.Query<KnownAgency>().Select(a => a.Id).ToListAsync(ct);
        return _known = ids.ToHashSet(StringComparer.Ordinal);
    }
}

public sealed class AgencyRegisteredConsumer(IDocumentStore store, TimeProvider clock, ILogger<AgencyRegisteredConsumer> logger)
    : IdempotentConsumer<AgencyRegistered>(store, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<AgencyRegistered> context, IDocumentSession session)
    {
        session.Store(new KnownAgency(context.Message.AgencyId, context.Message.Name));
        return Task.CompletedTask;
    }
}
