using Marten;
using Marten.Events;
using Npgsql;
using NpgsqlTypes;

namespace Intel.Bench.Load.Preload;

/// <summary>
/// Binary COPY into entity resolution's Marten tables, with the JSON and type names Marten itself would
/// write (its serializer and event mappings). Each connection runs as a replica so that foreign keys and
/// the append notification trigger stay quiet while the tables are filled in parallel.
/// </summary>
public sealed class StoreCopy(string connectionString, string schema, StoreOptions options)
{
    private readonly ISerializer _json = options.Serializer();
    private readonly EventGraph _events = (EventGraph)options.Events;

    public async Task StreamsAsync(KnownChunk chunk) => await CopyAsync(
        "mt_streams (id, type, version, timestamp, created, tenant_id)", chunk.Streams, async (row, s) =>
        {
            await row.WriteAsync(s.Id, NpgsqlDbType.Uuid);
            await row.WriteAsync(_events.AggregateAliasFor(typeof(Intel.EntityResolution.Entities.Entity)), NpgsqlDbType.Varchar);
            await row.WriteAsync(2L, NpgsqlDbType.Bigint);
            await row.WriteAsync(s.At, NpgsqlDbType.TimestampTz);
            await row.WriteAsync(s.At, NpgsqlDbType.TimestampTz);
            await row.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar);
        });

    public async Task EventsAsync(KnownChunk chunk) => await CopyAsync(
        "mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)", chunk.Events, async (row, e) =>
        {
            var mapping = _events.EventMappingFor(e.Data.GetType());
            await row.WriteAsync(e.Seq, NpgsqlDbType.Bigint);
            await row.WriteAsync(e.Id, NpgsqlDbType.Uuid);
            await row.WriteAsync(e.Stream, NpgsqlDbType.Uuid);
            await row.WriteAsync((long)e.Version, NpgsqlDbType.Bigint);
            await row.WriteAsync(_json.ToJson(e.Data), NpgsqlDbType.Jsonb);
            await row.WriteAsync(mapping.EventTypeName, NpgsqlDbType.Varchar);
            await row.WriteAsync(e.At, NpgsqlDbType.TimestampTz);
            await row.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar);
            await row.WriteAsync(mapping.DotNetTypeName, NpgsqlDbType.Varchar);
        });

    /// <summary>Entity snapshots at the version of their stream, as the inline projection leaves them.</summary>
    public async Task EntitiesAsync(KnownChunk chunk) => await CopyAsync(
        "mt_doc_entity (id, data, mt_dotnet_type, mt_version)", chunk.Entities, async (row, e) =>
        {
            await row.WriteAsync(e.Id, NpgsqlDbType.Uuid);
            await row.WriteAsync(_json.ToJson(e), NpgsqlDbType.Jsonb);
            await row.WriteAsync(DotNetName(e), NpgsqlDbType.Varchar);
            await row.WriteAsync(2L, NpgsqlDbType.Bigint);
        });

    public async Task KeysAndMentionsAsync(KnownChunk chunk)
    {
        await CopyAsync("mt_doc_entitykey (id, data, mt_dotnet_type)", chunk.Keys, async (row, k) =>
        {
            await row.WriteAsync(k.Id, NpgsqlDbType.Varchar);
            await row.WriteAsync(_json.ToJson(k), NpgsqlDbType.Jsonb);
            await row.WriteAsync(DotNetName(k), NpgsqlDbType.Varchar);
        });
        await CopyAsync("mt_doc_personmention (id, data, mt_dotnet_type)", chunk.Mentions, async (row, m) =>
        {
            await row.WriteAsync(m.Id, NpgsqlDbType.Bigint);
            await row.WriteAsync(_json.ToJson(m), NpgsqlDbType.Jsonb);
            await row.WriteAsync(DotNetName(m), NpgsqlDbType.Varchar);
        });
    }

    public async Task CopyAsync<T>(string table, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {schema}.{table} FROM STDIN (FORMAT BINARY)");
        foreach (var item in rows)
        {
            await importer.StartRowAsync();
            await write(importer, item);
        }
        await importer.CompleteAsync();
    }

    private static string DotNetName(object document) => document.GetType().FullName!;
}
