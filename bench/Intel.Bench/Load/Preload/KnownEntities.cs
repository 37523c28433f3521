using System.Diagnostics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Intel.Bench.Load.Reports;
using Intel.EntityResolution;
using Intel.EntityResolution.People;
using NpgsqlTypes;

namespace Intel.Bench.Load.Preload;

public sealed record PreloadResult(int Entities, int People, int SaturatedKeys, TimeSpan Took);

/// <summary>
/// Fills entity resolution's store with known entities before the platform starts: people 0, 1, 2… of the
/// population with their phones and passports, until <c>count</c> entities exist. Submitting them as reports
/// would take hours at a million; binary COPY of the rows resolution would have written takes minutes.
/// The outbox is marked past the loaded events, so nothing is published for them.
/// </summary>
public static class KnownEntities
{
    private const int ChunkPeople = 5_000;
    private const string Schema = EntityResolutionApp.Schema;

    public static async Task<PreloadResult> LoadAsync(string postgres, string rabbitMq, Population population, int count)
    {
        var clock = Stopwatch.StartNew();
        // The service's own composition builds the store, so the schema and its JSON are exactly the service's.
        await using var app = EntityResolutionApp.Build(
            ["--environment=Development", $"--ConnectionStrings:postgres={postgres}", $"--ConnectionStrings:rabbitmq={rabbitMq}"]);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var copy = new StoreCopy(postgres, Schema, (StoreOptions)store.Options);

        var blocking = new BlockingCounts();
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        long seq = 0;
        var entities = 0;
        var person = 0;
        var copying = Task.CompletedTask;
        while (entities < count)
        {
            var chunk = new KnownChunk();
            for (var i = 0; i < ChunkPeople && entities + chunk.Entities.Count < count; i++, person++)
            {
                chunk.Add(population.At(person), person + 1, start.AddMilliseconds(person), ref seq, blocking);
            }
            entities += chunk.Entities.Count;
            await copying;
            copying = Task.WhenAll(
                Task.Run(async () => { await copy.StreamsAsync(chunk); await copy.EventsAsync(chunk); }),
                Task.Run(() => copy.EntitiesAsync(chunk)),
                Task.Run(() => copy.KeysAndMentionsAsync(chunk)));
        }
        await copying;
        await Task.WhenAll(
            copy.CopyAsync($"{BlockingTables.Keys} (key, records, entities)", blocking.KeyRows(), async (row, k) =>
            {
                await row.WriteAsync(k.Key, NpgsqlDbType.Varchar);
                await row.WriteAsync(k.Records, NpgsqlDbType.Integer);
                await row.WriteAsync(k.Entities, NpgsqlDbType.Integer);
            }),
            copy.CopyAsync($"{BlockingTables.Records} (key, record_id)", blocking.RecordRows(), async (row, r) =>
            {
                await row.WriteAsync(r.Key, NpgsqlDbType.Varchar);
                await row.WriteAsync(r.Record, NpgsqlDbType.Bigint);
            }));
        await FinishAsync(postgres, seq, person);
        return new PreloadResult(entities, person, blocking.SaturatedKeys, clock.Elapsed);
    }

    /// <summary>Sequences past the loaded rows, the daemon's marks past the loaded events, and fresh planner statistics.</summary>
    private static async Task FinishAsync(string postgres, long lastEvent, long lastRecord)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT setval('{Schema}.mt_events_sequence', @events);
            SELECT setval('{Schema}.{BlockingTables.RecordIds}', @records);
            INSERT INTO {Schema}.mt_event_progression (name, last_seq_id) VALUES ('HighWaterMark', @events), ('outbox:All', @events)
                ON CONFLICT (name) DO UPDATE SET last_seq_id = EXCLUDED.last_seq_id;
            ANALYZE {Schema}.mt_streams; ANALYZE {Schema}.mt_events; ANALYZE {Schema}.mt_doc_entity; ANALYZE {Schema}.mt_doc_entitykey;
            ANALYZE {Schema}.mt_doc_personmention; ANALYZE {Schema}.{BlockingTables.Keys}; ANALYZE {Schema}.{BlockingTables.Records};
            """, connection) { CommandTimeout = 600 };
        command.Parameters.AddWithValue("events", lastEvent);
        command.Parameters.AddWithValue("records", lastRecord);
        await command.ExecuteNonQueryAsync();
    }
}
