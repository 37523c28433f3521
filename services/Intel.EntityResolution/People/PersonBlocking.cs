using Npgsql;
using Intel.EntityResolution.Matching.Blocking;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.People;

/// <summary>A person record to index under its blocking keys; <paramref name="NewEntity"/> when it starts an entity.</summary>
public sealed record IndexedRecord(long Id, IReadOnlyCollection<string> Keys, bool NewEntity);

/// <summary>
/// The blocking index in PostgreSQL, read and written inside the resolving transaction. A key's records
/// are kept only while the key is under <see cref="Cap"/>; past it the key is dropped from blocking and
/// its rows deleted, which bounds both the work per mention and the table. Each call is one statement.
/// </summary>
public sealed class PersonBlocking(
    NpgsqlConnection connection, string schema, int cap = PersonBlocking.DefaultCap, int broadFrom = PersonBlocking.DefaultBroadFrom) : IBlockingIndex
{
    public const int DefaultCap = 1_000;

    /// <summary>How many records make a key broad: its count is then kept in shards (see <see cref="AddAsync(IReadOnlyCollection{IndexedRecord}, IReadOnlyDictionary{string, KeyCount}?, CancellationToken)"/>).</summary>
    public const int DefaultBroadFrom = 64;

    // A broad key's further records are counted in one of these rows ("key\u001f0".."key\u001f7"), summed when read:
    // reports resolved side by side under a common name word each update a row of their own instead of queueing, from
    // that update to their commit, behind every other report naming it.
    private const char ShardMark = '\u001f';
    private const int KeyShards = 8;

    /// <summary>The key whose entity count is the number of person entities (what <see cref="CountsAsync"/> answers under it).</summary>
    public const string AllEntities = "*";

    // The entity count is kept in shards ("*0".."*15", summed when read): one row that every new person updated
    // would make all resolving transactions queue behind each other from that update to their commit.
    private const int CountShards = 16;
    private static readonly string[] CountKeys = [AllEntities, .. Enumerable.Range(0, CountShards).Select(i => $"{AllEntities}{i}")];

    // Advisory lock class of blocking keys: the two-integer lock space, apart from Marten's daemon lock.
    private const int LockClass = 0x4552_4b31;

    public int Cap => cap;

    public async ValueTask<IReadOnlyDictionary<string, KeyCount>> CountsAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { CountsCommand(keys) } };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await ReadCountsAsync(reader, ct);
    }

    /// <summary>
    /// Holds the keys until the transaction ends, taken in one statement in one order everywhere, so two
    /// transactions cannot deadlock on them: two mentions of one new man resolved at once meet on a key and
    /// go one after the other. A report's people are locked together, before anything is written.
    /// <paramref name="exclusive"/> keys wait for any other holder; <paramref name="shared"/> ones only for an exclusive one.
    /// Answers <paramref name="keys"/>' counts as they stand once the locks are held, read in the same round trip:
    /// a report that waited for another naming the same man then finds his record among the candidates.
    /// </summary>
    public async ValueTask<IReadOnlyDictionary<string, KeyCount>> LockAsync(
        IEnumerable<string> exclusive, IEnumerable<string> shared, IEnumerable<string> keys, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        var locked = TransactionLocks.Command(LockClass, exclusive, shared);
        if (locked is not null)
        {
            batch.BatchCommands.Add(locked);
        }
        batch.BatchCommands.Add(CountsCommand(keys));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (locked is not null)
        {
            await reader.NextResultAsync(ct);
        }
        return await ReadCountsAsync(reader, ct);
    }

    private NpgsqlBatchCommand CountsCommand(IEnumerable<string> keys)
    {
        // A broad key's own row stopped growing when the key became broad; its shards are read only then.
        var command = new NpgsqlBatchCommand($"""
            WITH own AS (SELECT key, records, entities FROM {schema}.{BlockingTables.Keys} WHERE key = ANY(@keys))
            SELECT key, records, entities FROM own
            UNION ALL
            SELECT s.key, s.records, s.entities FROM own o CROSS JOIN generate_series(0, {KeyShards - 1}) AS shard
            JOIN {schema}.{BlockingTables.Keys} s ON s.key = o.key || chr({(int)ShardMark}) || shard
            WHERE o.records >= @broad
            """);
        command.Parameters.AddWithValue("keys", keys.Concat(CountKeys).Distinct(StringComparer.Ordinal).ToArray());
        command.Parameters.AddWithValue("broad", broadFrom);
        return command;
    }

    private static async Task<IReadOnlyDictionary<string, KeyCount>> ReadCountsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var counts = new Dictionary<string, KeyCount>(StringComparer.Ordinal);
        var entities = 0;
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(0);
            if (key.StartsWith(AllEntities, StringComparison.Ordinal))
            {
                entities += reader.GetInt32(2);
                continue;
            }
            var own = key.IndexOf(ShardMark, StringComparison.Ordinal) is var mark and >= 0 ? key[..mark] : key;
            var (records, keyEntities) = counts.GetValueOrDefault(own);
            counts[own] = new KeyCount(records + reader.GetInt32(1), keyEntities + reader.GetInt32(2));
        }
        counts[AllEntities] = new KeyCount(0, entities);
        return counts;
    }

    public ValueTask AddAsync(long recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        AddAsync([new IndexedRecord(recordId, keys, NewEntity: false)], null, cancellationToken);

    /// <summary>
    /// Indexes records under their keys in one statement; a record that starts an entity also counts once for
    /// each key's entities and for the entity count. A key that <paramref name="before"/> (the counts read in this
    /// transaction) calls broad is counted in a shard row of its own, and whether it is past the cap judged from those
    /// counts: it is held shared, so others may have added to it since, which moves its total by a few of a thousand.
    /// A narrower key is held exclusively and judged from its row as updated. Rows are updated in key order, so
    /// transactions sharing rows wait for each other without deadlocking.
    /// </summary>
    public async ValueTask AddAsync(IReadOnlyCollection<IndexedRecord> records, IReadOnlyDictionary<string, KeyCount>? before, CancellationToken ct)
    {
        // The report's shard is its first record's: reports spread over the shards, and its people sharing a key count in one row.
        var shardOf = records.FirstOrDefault()?.Id ?? 0;
        var rows = records
            .SelectMany(r => r.Keys.Distinct(StringComparer.Ordinal).Select(k => (Key: k, Row: RowOf(k, shardOf, before), r.Id, New: r.NewEntity ? 1 : 0,
                Before: before?.GetValueOrDefault(k).Records ?? 0)))
            .ToList();
        var newEntities = records.Count(r => r.NewEntity);
        if (newEntities > 0)
        {
            var total = $"{AllEntities}{(int)(shardOf % CountShards)}";
            rows.Add((total, total, -1, newEntities, 0));
        }
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = Command($"""
            WITH input AS (
                SELECT unnest(@keys) AS key, unnest(@rows) AS row_key, unnest(@records) AS record_id, unnest(@entities) AS entities,
                       unnest(@before) AS before),
            added AS (
                SELECT row_key, min(key) AS key, count(*) FILTER (WHERE record_id >= 0) AS records, sum(entities) AS entities,
                       max(before) AS before, bool_or(row_key <> key) AS sharded
                FROM input GROUP BY row_key),
            counted AS (
                INSERT INTO {schema}.{BlockingTables.Keys} AS k (key, records, entities)
                SELECT row_key, records, entities FROM added ORDER BY row_key
                ON CONFLICT (key) DO UPDATE SET records = k.records + EXCLUDED.records, entities = k.entities + EXCLUDED.entities
                RETURNING key AS row_key, records),
            totals AS (
                SELECT a.key, a.sharded,
                       CASE WHEN a.sharded THEN a.before + a.records ELSE c.records END AS after,
                       CASE WHEN a.sharded THEN a.before ELSE c.records - a.records END AS before
                FROM added a JOIN counted c ON c.row_key = a.row_key),
            kept AS (
                INSERT INTO {schema}.{BlockingTables.Records} (key, record_id)
                SELECT i.key, i.record_id FROM input i JOIN totals t ON t.key = i.key WHERE i.record_id >= 0 AND t.after <= @cap
                ON CONFLICT DO NOTHING)
            DELETE FROM {schema}.{BlockingTables.Records} r USING totals t
            WHERE r.key = t.key AND t.after > @cap AND (t.before <= @cap OR t.sharded)
            """);
        command.Parameters.AddWithValue("keys", rows.Select(r => r.Key).ToArray());
        command.Parameters.AddWithValue("rows", rows.Select(r => r.Row).ToArray());
        command.Parameters.AddWithValue("records", rows.Select(r => r.Id).ToArray());
        command.Parameters.AddWithValue("entities", rows.Select(r => r.New).ToArray());
        command.Parameters.AddWithValue("before", rows.Select(r => r.Before).ToArray());
        command.Parameters.AddWithValue("cap", cap);
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask AddAsync(IReadOnlyCollection<IndexedRecord> records, CancellationToken ct) => AddAsync(records, null, ct);

    private string RowOf(string key, long shardOf, IReadOnlyDictionary<string, KeyCount>? before) =>
        before is not null && before.GetValueOrDefault(key).Records >= broadFrom ? $"{key}{ShardMark}{shardOf % KeyShards}" : key;

    public async ValueTask<IReadOnlyList<long>> CandidatesAsync(IReadOnlyCollection<string> keys, int limit, CancellationToken cancellationToken = default) =>
        await CandidatesAsync(keys, await CountsAsync(keys, cancellationToken), limit, cancellationToken);

    /// <summary>The candidates under counts already read in this transaction: the scorer reads the same counts, so one read serves both.</summary>
    public async ValueTask<IReadOnlyList<long>> CandidatesAsync(
        IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, KeyCount> counts, int limit, CancellationToken cancellationToken = default)
    {
        var postings = keys.Where(counts.ContainsKey).ToDictionary(k => k, k => counts[k].Records, StringComparer.Ordinal);
        var read = CandidateRanking.KeysToRead(postings, cap, limit);
        if (read.Count == 0)
        {
            return [];
        }
        await using var command = Command($"SELECT key, record_id FROM {schema}.{BlockingTables.Records} WHERE key = ANY(@keys)");
        command.Parameters.AddWithValue("keys", read.ToArray());
        var rows = new List<(string Key, long Record)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        return CandidateRanking.Best(rows, postings, cap, limit);
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection);
}
