using Npgsql;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>
/// Which partner-gateway replica delivers webhooks: one at a time, or every replica would send each
/// pending alert. Leading is holding a PostgreSQL session-level advisory lock on a connection of this
/// replica's own (unpooled, so the lock can never be handed to other work); a crash, a stop or a lost
/// connection ends the session and with it the lock, and another replica takes over at its next poll.
/// </summary>
public sealed class DeliveryLeadership(string connectionString, ILogger<DeliveryLeadership> logger) : IAsyncDisposable
{
    // Distinct from the daemons' locks (hashes of the schema names) in the same database.
    private const long LockKey = 0x696E74656C5744; // "intelWD"

    // Keepalives both ways: this side notices a dead server within a poll or two, and the server ends the session of a
    // replica cut off by the network within a minute rather than the kernel's two hours, which frees the lock.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false, KeepAlive = 10, Options = "-c tcp_keepalives_idle=30 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3",
    }.ConnectionString;
    private NpgsqlConnection? _session;
    private bool _leads;

    /// <summary>Whether this replica leads now: claims the lead if it is free, and checks a held one is still held.</summary>
    public async Task<bool> LeadsAsync(CancellationToken ct)
    {
        try
        {
            if (_session is null)
            {
                _session = new NpgsqlConnection(_connectionString);
                await _session.OpenAsync(ct);
            }
            await using var command = _leads
                ? new NpgsqlCommand("select true", _session)
                : new NpgsqlCommand($"select pg_try_advisory_lock({LockKey})", _session);
            var leads = await command.ExecuteScalarAsync(ct) is true;
            if (leads && !_leads)
            {
                logger.LogInformation("This replica now delivers webhooks");
            }
            return _leads = leads;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Lost the connection that holds or claims the webhook lead; trying again");
            await DisposeAsync();
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _leads = false;
        if (_session is { } session)
        {
            _session = null;
            await session.DisposeAsync();
        }
    }
}
