using Npgsql;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Tells the other alerting replicas that the feed grew, through PostgreSQL's NOTIFY on a channel of
/// alerting's own, so streams held open on a replica that does not run the daemon deliver within the
/// second too rather than at their fallback poll. A lost notice costs only that: the poll remains.
/// </summary>
public sealed class AlertFeedNotices(NpgsqlDataSource database, ILogger<AlertFeedNotices> logger)
{
    public const string Channel = "intel_alerting_feed";

    /// <summary>Identifies this replica's notices, which its own streams, woken already, ignore.</summary>
    public string Replica { get; } = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(CancellationToken ct)
    {
        try
        {
            await using var notify = database.CreateCommand("select pg_notify(@channel, @replica)");
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("replica", Replica);
            await notify.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e)
        {
            logger.LogWarning(e, "Telling other replicas of new alerts failed; their streams poll instead");
        }
    }
}
