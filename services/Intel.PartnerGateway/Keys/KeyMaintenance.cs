namespace Intel.PartnerGateway.Keys;

/// <summary>
/// Makes sure a signing key exists before the first request (hosted services start before the server
/// listens), then every minute rotates the key when it is due and retires keys whose tokens have expired.
/// </summary>
internal sealed class KeyMaintenance(KeyRotation rotation, ILogger<KeyMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await rotation.EnsureSigningKeyAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await rotation.MaintainAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A failed round changes nothing; keys stay published and the next round tries again.
                logger.LogWarning(e, "Signing-key maintenance failed; retrying in {Interval}", Every);
            }
        }
    }
}
