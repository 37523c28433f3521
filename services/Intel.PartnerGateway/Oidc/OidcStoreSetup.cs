using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Intel.PartnerGateway.Oidc;

/// <summary>
/// Creates OpenIddict's tables the first time (under an advisory lock, so replicas starting together
/// create them once) and registers the configured applications. Runs before requests are served.
/// </summary>
internal sealed class OidcStoreSetup(
    IServiceProvider services, IOptions<OidcClients> clients, IHostEnvironment environment, ILogger<OidcStoreSetup> logger)
    : IHostedService
{
    private const long LockId = 0x6f696463; // "oidc"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OidcDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockId})", cancellationToken);
            var exists = await db.Database.SqlQueryRaw<bool>(
                $"SELECT to_regclass('{OidcDbContext.Schema}.\"OpenIddictTokens\"') IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
            if (!exists)
            {
                await db.Database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS {OidcDbContext.Schema}", cancellationToken);
                await db.Database.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in clients.Value.Clients)
        {
            await RegisterAsync(applications, client, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterAsync(IOpenIddictApplicationManager applications, OidcClients.OidcClient client, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(client.ClientId, ct) is not null)
        {
            return;
        }
        var secret = client.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"Refusing to start: OpenID client '{client.ClientId}' has no secret configured (Oidc:Clients:*:Secret).");
            }
            secret = OidcClients.DefaultSecret(client.ClientId);
        }
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.ClientId,
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            },
        };
        foreach (var scope in PersonClaims.GrantableScopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
        descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(u => new Uri(u)));
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris.Select(u => new Uri(u)));
        try
        {
            await applications.CreateAsync(descriptor, ct);
            logger.LogInformation("Registered OpenID client {ClientId}", client.ClientId);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another replica registered it first.
        }
    }
}
