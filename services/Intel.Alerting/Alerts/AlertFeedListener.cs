using Npgsql;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Listens for other replicas' <see cref="AlertFeedNotices"/> on a connection held open while the
/// service runs, and wakes this replica's streams. Reconnects after a failure; meanwhile streams poll.
/// </summary>
public sealed class AlertFeedListener(
    NpgsqlDataSource database, AlertFeedNotices notices, AlertFeedSignal signal, ILogger<AlertFeedListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Listening for other replicas' alerts failed; reconnecting in {Delay}", Reconnect);
                await Task.Delay(Reconnect, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await database.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, notice) =>
        {
            if (notice.Payload != notices.Replica)
            {
                signal.Wake();
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {AlertFeedNotices.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        // A notice may have been missed while not listening: streams look once more.
        signal.Wake();
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
