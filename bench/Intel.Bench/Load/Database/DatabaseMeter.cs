using Npgsql;
using Intel.Bench.Load.Driving;
using Intel.Testing;

namespace Intel.Bench.Load.Database;

/// <summary>
/// Measures PostgreSQL over a window, beside processor time: the database's transactions and rows, its statements
/// (when pg_stat_statements is loaded) and what its backends wait on. Made once the platform has created its schemas.
/// </summary>
public sealed class DatabaseMeter
{
    private readonly string _admin;
    private readonly string _database;
    private readonly StatementStats? _statements;
    private readonly string _absent;
    private readonly ResolvedWatcher _watcher;

    private DatabaseMeter(string admin, string database, StatementStats? statements, string absent, ResolvedWatcher watcher)
    {
        (_admin, _database, _statements, _absent, _watcher) = (admin, database, statements, absent, watcher);
    }

    public static async Task<DatabaseMeter> CreateAsync(string postgres, ResolvedWatcher watcher)
    {
        var (statements, absent) = await StatementStats.OpenAsync(postgres);
        return new DatabaseMeter((await Servers.GetAsync()).PostgresAdmin, new NpgsqlConnectionStringBuilder(postgres).Database!, statements, absent, watcher);
    }

    public async Task<Window> StartAsync()
    {
        var statements = _statements is null ? null : await _statements.ReadAsync();
        var counters = await CountersAsync();
        var sampler = new LockSampler(_admin, _database);
        sampler.Start();
        return new Window(counters, _watcher.Polls, statements, sampler);
    }

    public async Task<DatabaseCost> StopAsync(Window window)
    {
        var locks = await window.Sampler.StopAsync();
        await window.Sampler.DisposeAsync();
        var counters = (await CountersAsync()).Minus(window.Counters);
        var statements = _statements is null || window.Statements is null ? null : StatementStats.Between(window.Statements, await _statements.ReadAsync());
        return new DatabaseCost(counters, _watcher.Polls - window.Polls, statements, _absent, locks);
    }

    private async Task<DatabaseCounters> CountersAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        return await DatabaseCounters.ReadAsync(connection, _database);
    }

    /// <summary>A window's starting readings and its running sampler.</summary>
    public sealed record Window(DatabaseCounters Counters, long Polls, IReadOnlyDictionary<long, StatementTotals>? Statements, LockSampler Sampler);
}
