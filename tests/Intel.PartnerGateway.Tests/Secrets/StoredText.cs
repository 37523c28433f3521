using Npgsql;

namespace Intel.PartnerGateway.Tests.Secrets;

/// <summary>Where a text occurs in a database: every table of every part's schema, events (mt_events) included.</summary>
public static class StoredText
{
    public static async Task<IReadOnlyList<string>> TablesHoldingAsync(string connectionString, string text)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        var tables = new List<string>();
        await using (var list = database.CreateCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var holding = new List<string>();
        foreach (var table in tables)
        {
            await using var search = database.CreateCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, $1) > 0");
            search.Parameters.Add(new NpgsqlParameter { Value = text });
            if ((long)(await search.ExecuteScalarAsync())! > 0)
            {
                holding.Add(table);
            }
        }
        return holding;
    }
}
