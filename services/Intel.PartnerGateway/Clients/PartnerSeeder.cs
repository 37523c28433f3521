using Marten;
using Microsoft.Extensions.Options;
using Intel.PartnerGateway.Agencies;

namespace Intel.PartnerGateway.Clients;

/// <summary>
/// Registers the configured agencies and their feed and analyst clients once, as events.
/// Runs before the service accepts requests; refuses to seed a default secret in production.
/// </summary>
internal sealed class PartnerSeeder(IDocumentStore store, IOptions<PartnerSeed> seed, IHostEnvironment environment, ILogger<PartnerSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession("partner-seed");
        var known = (await session.Query<PartnerClient>().Select(c => c.ClientId).ToListAsync(cancellationToken)).ToHashSet();
        var knownAgencies = (await session.Query<Agency>().Select(a => a.AgencyId).ToListAsync(cancellationToken)).ToHashSet();
        var now = DateTimeOffset.UtcNow;

        foreach (var agency in seed.Value.Agencies)
        {
            if (knownAgencies.Add(agency.Id))
            {
                session.Events.StartStream<Agency>(StreamIds.For("agency", agency.Id), new AgencyRegistered(agency.Id, agency.Name, now));
            }
            foreach (var (clientId, scopes) in ClientsOf(agency.Id))
            {
                if (!known.Add(clientId))
                {
                    continue;
                }
                var secret = SecretFor(agency, clientId);
                session.Events.StartStream<PartnerClient>(StreamIds.For("client", clientId),
                    new ClientRegistered(clientId, agency.Id, scopes, SecretHasher.Hash(secret), now));
                logger.LogInformation("Seeded client {ClientId} of agency {Agency}", clientId, agency.Id);
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<(string ClientId, IReadOnlyList<string> Scopes)> ClientsOf(string agency) =>
    [
        ($"{agency}-feed", PartnerSeed.FeedScopes),
        ($"{agency}-analyst", PartnerSeed.AnalystScopes),
    ];

    private string SecretFor(PartnerSeed.SeededAgency agency, string clientId)
    {
        if (agency.Secrets.TryGetValue(clientId, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"Refusing to start: seeded client '{clientId}' has no secret configured (Partners:Agencies:*:Secrets:{clientId}); " +
                "default secrets are only allowed outside production.");
        }
        return PartnerSeed.DefaultSecret(clientId);
    }
}
