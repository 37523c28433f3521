using Npgsql;

namespace Intel.Bench.Load.Database;

/// <summary>What one part's backends were doing, counted over the samples: active at all, and waiting by wait type.</summary>
public sealed record BackendActivity(string Part, int Active, IReadOnlyDictionary<string, int> Waiting);

/// <summary>
/// Backends seen waiting on one lock, by part, lock and what they ran (the first words of the statement): in how many
/// samples at least one was, and how many backends in all (several wait at once on a contended key).
/// </summary>
public sealed record LockWait(string Part, string Lock, string Query, int Samples, int Backends);

/// <summary>A sampling window's figures; <see cref="AnyLockWait"/> counts the samples where at least one backend waited on a heavyweight lock.</summary>
public sealed record LockSamples(int Samples, double Seconds, int AnyLockWait, IReadOnlyList<BackendActivity> Parts, IReadOnlyList<LockWait> Waits);

/// <summary>
/// Samples pg_stat_activity every 50 ms while a step runs: which of the parts' backends are executing and what they
/// wait on. Lock (row, transaction and advisory locks: entity resolution's blocking keys) and LWLock waits are
/// kept by statement, so a contended lock shows with what took it; IO (mostly WAL flushes at commit) and the rest
/// by part only. Over an admin connection, so the sampling is not counted as the run's database's activity.
/// </summary>
public sealed class LockSampler(string admin, string database) : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(50);
    private const int QueryWords = 70;

    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, int> _active = [];
    private readonly Dictionary<(string Part, string Type), int> _waiting = [];
    private readonly Dictionary<(string Part, string Lock, string Query), (int Samples, int Backends)> _locks = [];
    private Task? _running;
    private int _samples;
    private int _anyLockWait;
    private DateTime _started;

    public void Start()
    {
        _started = DateTime.UtcNow;
        _running = RunAsync(_stop.Token);
    }

    public async Task<LockSamples> StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await (_running ?? Task.CompletedTask);
        }
        catch (OperationCanceledException)
        {
            // Stopped between samples.
        }
        var parts = _active.Select(a => new BackendActivity(a.Key, a.Value,
            _waiting.Where(w => w.Key.Part == a.Key).ToDictionary(w => w.Key.Type, w => w.Value))).OrderByDescending(p => p.Active).ToList();
        var waits = _locks.Select(l => new LockWait(l.Key.Part, l.Key.Lock, l.Key.Query, l.Value.Samples, l.Value.Backends))
            .OrderByDescending(l => l.Backends).ToList();
        return new LockSamples(_samples, (DateTime.UtcNow - _started).TotalSeconds, _anyLockWait, parts, waits);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT application_name, coalesce(wait_event_type, ''), coalesce(wait_event, ''), left(regexp_replace(query, '\s+', ' ', 'g'), {QueryWords})
            FROM pg_stat_activity WHERE datname = @database AND state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
            """, connection);
        command.Parameters.AddWithValue("database", database);
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(ct))
        {
            var anyLock = false;
            var seen = new HashSet<(string, string, string)>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var (part, type, wait, query) = (Owner(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3));
                    _active[part] = _active.GetValueOrDefault(part) + 1;
                    if (type.Length > 0)
                    {
                        _waiting[(part, type)] = _waiting.GetValueOrDefault((part, type)) + 1;
                    }
                    if (type is "Lock" or "LWLock")
                    {
                        var key = (part, $"{type}:{wait}", query);
                        var (samples, backends) = _locks.GetValueOrDefault(key);
                        _locks[key] = (seen.Add(key) ? samples + 1 : samples, backends + 1);
                        anyLock |= type == "Lock";
                    }
                }
            }
            _samples++;
            _anyLockWait += anyLock ? 1 : 0;
        }
    }

    /// <summary>The parts connect under their names (ProcessPlatform); anything else here is the benchmark's own reads.</summary>
    private static string Owner(string application) => application.Length > 0 ? application : "(benchmark)";

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }
        _stop.Dispose();
    }
}
