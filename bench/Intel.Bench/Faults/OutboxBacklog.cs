using Npgsql;

namespace Intel.Bench.Faults;

/// <summary>
/// How many of a service's committed events its outbox has not yet marked as published: the events a
/// crash now leaves for the restarted relay. Read from the service's own schema, as an operator would.
/// </summary>
public sealed class OutboxBacklog(string postgres, string schema, string eventType)
{
    public async Task<long> CountAsync(CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"""
            SELECT count(*) FROM {schema}.mt_events
            WHERE type = @type AND seq_id > coalesce((SELECT last_seq_id FROM {schema}.mt_event_progression WHERE name = 'outbox:All'), 0)
            """, connection);
        command.Parameters.AddWithValue("type", eventType);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Waits until at least one such event is committed and not yet marked published; false if none within the bound.</summary>
    public async Task<bool> WaitForAnyAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await CountAsync() > 0)
                {
                    return true;
                }
            }
            catch (NpgsqlException)
            {
                // The service is busy creating its schema; look again.
            }
        }
        return false;
    }
}
