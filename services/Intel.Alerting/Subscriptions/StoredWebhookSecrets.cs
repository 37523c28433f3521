using Marten;
using Npgsql;

namespace Intel.Alerting.Subscriptions;

/// <summary>
/// Wipes the webhook secrets that alerting stored in clear before partner-gateway minted them all. Those
/// subscriptions keep working: partner-gateway kept each secret, encrypted, when it was first published. The
/// one correction to stored history the platform makes, because a secret must have one owner.
/// </summary>
internal sealed class StoredWebhookSecrets(NpgsqlDataSource database, IDocumentStore store, ILogger<StoredWebhookSecrets> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var command = database.CreateCommand(
            $"UPDATE {schema}.mt_events SET data = data - 'secret' WHERE type = 'webhook_registered' AND data ? 'secret'");
        var wiped = await command.ExecuteNonQueryAsync(cancellationToken);
        if (wiped > 0)
        {
            logger.LogInformation("Wiped {Count} webhook secrets stored before partner-gateway kept them", wiped);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
