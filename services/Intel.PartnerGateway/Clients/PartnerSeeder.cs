using Marten;
using Microsoft.Extensions.Options;
using Intel.PartnerGateway.Agencies;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.Clients;

/// <summary>
/// Registers the configured agencies, their feed and analyst clients, and the platform administrator
/// once, as events. Runs before the service accepts requests; refuses to seed a default secret in production.
/// </summary>
internal sealed class PartnerSeeder(
    IDocumentStore store, IOptions<PartnerSeed> seed, IHostEnvironment environment, TimeProvider clock, ILogger<PartnerSeeder> logger)
    : IHostedService
{
    private const string By = "seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.OpenTracedSession(By);
        var known = (await session.Query<PartnerClient>().Select(c => c.ClientId).ToListAsync(cancellationToken)).ToHashSet();
        var knownAgencies = (await session.Query<Agency>().Select(a => a.AgencyId).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();

        foreach (var agency in seed.Value.Agencies)
        {
            if (knownAgencies.Add(agency.Id))
            {
                session.Events.StartStream<Agency>(Agency.StreamIdFor(agency.Id), new AgencyRegistered(agency.Id, agency.Name, now, By));
            }
            foreach (var (clientId, scopes) in ClientsOf(agency.Id))
            {
                if (known.Add(clientId))
                {
                    Register(session, clientId, agency.Id, scopes, SecretFor(clientId, agency.Secrets.GetValueOrDefault(clientId),
                        $"Partners:Agencies:*:Secrets:{clientId}"), now);
                }
            }
        }
        if (known.Add(PartnerSeed.AdminClientId))
        {
            Register(session, PartnerSeed.AdminClientId, PartnerSeed.PlatformAgency, PartnerSeed.AdminScopes,
                SecretFor(PartnerSeed.AdminClientId, seed.Value.Admin.Secret, "Partners:Admin:Secret"), now);
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Register(IDocumentSession session, string clientId, string agency, IReadOnlyList<string> scopes, string secret, DateTimeOffset now)
    {
        session.Events.StartStream<PartnerClient>(PartnerClient.StreamIdFor(clientId),
            new ClientRegistered(clientId, agency, scopes, SecretHasher.Hash(secret), now, By));
        logger.LogInformation("Seeded client {ClientId} of agency {Agency}", clientId, agency);
    }

    private static IEnumerable<(string ClientId, IReadOnlyList<string> Scopes)> ClientsOf(string agency) =>
    [
        ($"{agency}-feed", PartnerSeed.FeedScopes),
        ($"{agency}-analyst", PartnerSeed.AnalystScopes),
    ];

    private string SecretFor(string clientId, string? configured, string setting)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"Refusing to start: seeded client '{clientId}' has no secret configured ({setting}); " +
                "default secrets are only allowed outside production.");
        }
        return PartnerSeed.DefaultSecret(clientId);
    }
}
