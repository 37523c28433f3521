using System.Text.RegularExpressions;
using Npgsql;

namespace Intel.Bench.Load.Database;

/// <summary>One normalised statement's totals so far; <see cref="Schema"/> is the first of the parts' schemas it names.</summary>
public sealed record StatementTotals(string Query, string Schema, long Calls, double Milliseconds, long Rows);

/// <summary>
/// The run's database's statements from pg_stat_statements, when the server loads it (shared_preload_libraries;
/// deploy/local/start.sh and the compose file do): calls, execution time and rows per normalised statement. The
/// parts share one user, so a statement is told to a part by the schema it names (each part has a schema of its
/// own). The benchmark's own statements (the resolved watcher, these readings) are left out.
/// </summary>
public sealed partial class StatementStats
{
    private readonly string _postgres;
    private readonly IReadOnlyList<string> _schemas;

    private StatementStats(string postgres, IReadOnlyList<string> schemas)
    {
        _postgres = postgres;
        _schemas = schemas;
    }

    /// <summary>The reader, or why there is none: the server does not load the module.</summary>
    public static async Task<(StatementStats? Stats, string Absent)> OpenAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using (var loaded = new NpgsqlCommand("SELECT 'pg_stat_statements' = ANY(string_to_array(replace(current_setting('shared_preload_libraries'), ' ', ''), ','))", connection))
        {
            if (!(bool)(await loaded.ExecuteScalarAsync())!)
            {
                return (null, "pg_stat_statements absent: the server's shared_preload_libraries does not load it (deploy/local/start.sh does, after a restart)");
            }
        }
        await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        var schemas = new List<string>();
        await using (var find = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public')", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemas.Add(reader.GetString(0));
            }
        }
        return (new StatementStats(postgres, schemas), "");
    }

    public async Task<IReadOnlyDictionary<long, StatementTotals>> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT coalesce(queryid, 0), min(query), sum(calls)::bigint, sum(total_exec_time), sum(rows)::bigint FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) GROUP BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<long, StatementTotals>();
        while (await reader.ReadAsync())
        {
            var query = Spaces().Replace(reader.GetString(1), " ").Trim();
            if (!IsBenchmarks(query))
            {
                rows[reader.GetInt64(0)] = new StatementTotals(query, SchemaOf(query), reader.GetInt64(2), reader.GetDouble(3), reader.GetInt64(4));
            }
        }
        return rows;
    }

    public static IReadOnlyList<StatementTotals> Between(IReadOnlyDictionary<long, StatementTotals> start, IReadOnlyDictionary<long, StatementTotals> end) =>
        [.. end.Select(e => start.TryGetValue(e.Key, out var s)
                ? e.Value with { Calls = e.Value.Calls - s.Calls, Milliseconds = e.Value.Milliseconds - s.Milliseconds, Rows = e.Value.Rows - s.Rows }
                : e.Value)
            .Where(s => s.Calls > 0)];

    /// <summary>The catalogue reads of the benchmark and the resolved watcher's poll; no part runs either.</summary>
    private static bool IsBenchmarks(string query) =>
        query.Contains("pg_stat_", StringComparison.Ordinal) || query.Contains("pg_namespace", StringComparison.Ordinal)
        || query.StartsWith(Driving.ResolvedWatcher.Select, StringComparison.Ordinal);

    private string SchemaOf(string query) =>
        _schemas.Select(s => (Schema: s, At: query.IndexOf(s + ".", StringComparison.Ordinal)))
            .Where(s => s.At >= 0).OrderBy(s => s.At).Select(s => s.Schema).FirstOrDefault() ?? "(none named)";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
