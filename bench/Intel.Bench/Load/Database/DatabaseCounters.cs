using Npgsql;

namespace Intel.Bench.Load.Database;

/// <summary>
/// pg_stat_database's counters of the run's database: transactions and rows. Read over an admin connection, so
/// reading them adds nothing to them. Backends flush their counts at most once a second (and an idle one up to
/// ten seconds later), so a step's figures are off by about a second's worth at each edge.
/// </summary>
public sealed record DatabaseCounters(long Commits, long Rollbacks, long Returned, long Fetched, long Inserted, long Updated, long Deleted)
{
    public static async Task<DatabaseCounters> ReadAsync(NpgsqlConnection admin, string database)
    {
        await using var command = new NpgsqlCommand(
            "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = @database", admin);
        command.Parameters.AddWithValue("database", database);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new DatabaseCounters(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6))
            : new DatabaseCounters(0, 0, 0, 0, 0, 0, 0);
    }

    public DatabaseCounters Minus(DatabaseCounters earlier) => new(
        Commits - earlier.Commits, Rollbacks - earlier.Rollbacks, Returned - earlier.Returned, Fetched - earlier.Fetched,
        Inserted - earlier.Inserted, Updated - earlier.Updated, Deleted - earlier.Deleted);
}
