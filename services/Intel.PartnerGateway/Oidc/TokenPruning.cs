using OpenIddict.Abstractions;

namespace Intel.PartnerGateway.Oidc;

/// <summary>
/// Removes OpenIddict's codes, refresh tokens and authorizations that expired or were revoked more than
/// <see cref="KeepFor"/> ago, hourly, so the protocol tables hold live sessions and a little history. Replicas
/// prune concurrently without harm: each deletes what no one needs.
/// </summary>
internal sealed class TokenPruning(IServiceProvider services, TimeProvider clock, ILogger<TokenPruning> logger) : BackgroundService
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(14);
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var threshold = clock.GetUtcNow() - KeepFor;
                var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, stoppingToken);
                var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, stoppingToken);
                logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations", tokens, authorizations);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pruning OpenID tokens failed; trying again in an hour");
            }
        }
    }
}
