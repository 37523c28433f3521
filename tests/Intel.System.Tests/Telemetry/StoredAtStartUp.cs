using Npgsql;

namespace Intel.System.Tests.Telemetry;

/// <summary>
/// What a fresh platform holds once it reports ready, in the schemas of the parts whose warm-up rehearses a commit:
/// nothing but the agencies partner-gateway announced, with no event sequence number spent.
/// </summary>
public static class StoredAtStartUp
{
    private static readonly string[] Schemas = ["ingestion", "entity_resolution", "alerting"];

    /// <summary>Kept by design: the daemon's progress, and ingestion's agencies, which partner-gateway announces at start-up.</summary>
    private static readonly string[] Expected = ["mt_event_progression", "mt_doc_knownagency"];

    /// <summary>Ingestion records each agency announcement it applied, as every consumer records what it applied.</summary>
    private const string Announcements = "data->>'consumer' IS DISTINCT FROM 'AgencyRegisteredConsumer'";

    /// <summary>Each table that holds rows ("ingestion.mt_events: 1") and each event sequence that has handed out a number.</summary>
    public static async Task<IReadOnlyList<string>> TracesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = ANY(@schemas) AND tablename <> ALL(@expected)", connection))
        {
            list.Parameters.AddWithValue("schemas", Schemas);
            list.Parameters.AddWithValue("expected", Expected);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var traces = new List<string>();
        foreach (var table in tables)
        {
            var own = table.EndsWith(".mt_doc_processedmessage", StringComparison.Ordinal) ? $" WHERE {Announcements}" : "";
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}{own}", connection);
            if ((long)(await count.ExecuteScalarAsync())! is var rows and > 0)
            {
                traces.Add($"{table}: {rows}");
            }
        }
        foreach (var schema in Schemas)
        {
            await using var sequence = new NpgsqlCommand($"SELECT is_called FROM {schema}.mt_events_sequence", connection);
            if ((bool)(await sequence.ExecuteScalarAsync())!)
            {
                traces.Add($"{schema}.mt_events_sequence: a number spent");
            }
        }
        return traces;
    }
}
