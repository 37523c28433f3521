using System.Collections.Concurrent;
using Npgsql;

namespace Intel.Bench.Load.Driving;

/// <summary>
/// Notes when each accepted report turned resolved, by reading the report's stored status straight from
/// ingestion's table (what GET /api/v1/reports/{id} answers from) for the reports still pending, by default ten times a
/// second. Polling GET instead would load the platform: every read of a report is itself recorded as an event.
/// The time is the row's mt_last_modified, set by the transaction that recorded the resolution, so polling less
/// often (<paramref name="every"/>; the backfill, with tens of thousands pending) notices later without moving it.
/// </summary>
public sealed class ResolvedWatcher(string postgres, TimeSpan? every = null) : IAsyncDisposable
{
    private readonly TimeSpan _every = every ?? TimeSpan.FromMilliseconds(100);

    /// <summary>The start of the watcher's poll, by which the database's statistics tell it from the platform's statements.</summary>
    public const string Select = "SELECT id, mt_last_modified FROM ingestion.mt_doc_report";

    private readonly ConcurrentDictionary<Guid, byte> _pending = new();
    private long _polls;
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public ConcurrentDictionary<Guid, DateTimeOffset> Resolved { get; } = new();

    public int Backlog => _pending.Count;

    /// <summary>Queries (each a transaction) the watcher has run, to be taken out of the database's transaction count.</summary>
    public long Polls => Interlocked.Read(ref _polls);

    public void Expect(Guid reportId) => _pending.TryAdd(reportId, 0);

    public void Start() => _running = RunAsync(_stop.Token);

    private async Task RunAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            foreach (var ids in _pending.Keys.Chunk(5_000))
            {
                await using var command = new NpgsqlCommand(
                    $"{Select} WHERE id = ANY(@ids) AND data->>'status' = 'resolved'", connection);
                command.Parameters.AddWithValue("ids", ids);
                Interlocked.Increment(ref _polls);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var id = reader.GetGuid(0);
                    Resolved[id] = reader.GetFieldValue<DateTimeOffset>(1);
                    _pending.TryRemove(id, out _);
                }
            }
            await Task.Delay(_every, ct);
        }
    }

    /// <summary>Waits until nothing is pending, or the time is up; answers how many are still pending.</summary>
    public async Task<int> DrainAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Backlog > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        return Backlog;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await (_running ?? Task.CompletedTask);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }
}
