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
public sealed class PersonBlocking(NpgsqlConnection connection, string schema, int cap = PersonBlocking.DefaultCap) : IBlockingIndex
{
    public const int DefaultCap = 1_000;

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
        await using var command = Command($"SELECT key, records, entities FROM {schema}.{BlockingTables.Keys} WHERE key = ANY(@keys)");
        command.Parameters.AddWithValue("keys", keys.Concat(CountKeys).Distinct(StringComparer.Ordinal).ToArray());
        var counts = new Dictionary<string, KeyCount>(StringComparer.Ordinal);
        var entities = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(0);
            if (key.StartsWith(AllEntities, StringComparison.Ordinal))
            {
                entities += reader.GetInt32(2);
            }
            else
            {
                counts[key] = new KeyCount(reader.GetInt32(1), reader.GetInt32(2));
            }
        }
        counts[AllEntities] = new KeyCount(0, entities);
        return counts;
    }

    /// <summary>
    /// Holds the keys until the transaction ends, taken in one statement in one order everywhere, so two
    /// transactions cannot deadlock on them: two mentions of one new man resolved at once meet on a key and
    /// go one after the other. A report's people are locked together, before anything is written.
    /// <paramref name="exclusive"/> keys wait for any other holder; <paramref name="shared"/> ones only for an exclusive one.
    /// </summary>
    public async ValueTask LockAsync(IEnumerable<string> exclusive, IEnumerable<string> shared, CancellationToken ct) =>
        await TransactionLocks.HoldAsync(connection, LockClass, exclusive, shared, ct);

    public ValueTask AddAsync(long recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        AddAsync([new IndexedRecord(recordId, keys, NewEntity: false)], cancellationToken);

    /// <summary>
    /// Indexes records under their keys in one statement; a record that starts an entity also counts once for
    /// each key's entities and for the entity count. Key rows are updated in key order, so transactions that
    /// share keys over the cap (not locked) wait for each other without deadlocking.
    /// </summary>
    public async ValueTask AddAsync(IReadOnlyCollection<IndexedRecord> records, CancellationToken ct)
    {
        var rows = records.SelectMany(r => r.Keys.Distinct(StringComparer.Ordinal).Select(k => (Key: k, r.Id, New: r.NewEntity ? 1 : 0))).ToList();
        var newEntities = records.Count(r => r.NewEntity);
        if (newEntities > 0)
        {
            rows.Add(($"{AllEntities}{(int)(records.First().Id % CountShards)}", -1, newEntities));
        }
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = Command($"""
            WITH input AS (
                SELECT unnest(@keys) AS key, unnest(@records) AS record_id, unnest(@entities) AS entities),
            added AS (
                SELECT key, count(*) FILTER (WHERE record_id >= 0) AS records, sum(entities) AS entities FROM input GROUP BY key),
            counted AS (
                INSERT INTO {schema}.{BlockingTables.Keys} AS k (key, records, entities)
                SELECT key, records, entities FROM added ORDER BY key
                ON CONFLICT (key) DO UPDATE SET records = k.records + EXCLUDED.records, entities = k.entities + EXCLUDED.entities
                RETURNING key, records, records - (SELECT a.records FROM added a WHERE a.key = k.key) AS before),
            kept AS (
                INSERT INTO {schema}.{BlockingTables.Records} (key, record_id)
                SELECT i.key, i.record_id FROM input i JOIN counted c ON c.key = i.key WHERE i.record_id >= 0 AND c.records <= @cap
                ON CONFLICT DO NOTHING)
            DELETE FROM {schema}.{BlockingTables.Records} r USING counted c WHERE r.key = c.key AND c.records > @cap AND c.before <= @cap
            """);
        command.Parameters.AddWithValue("keys", rows.Select(r => r.Key).ToArray());
        command.Parameters.AddWithValue("records", rows.Select(r => r.Id).ToArray());
        command.Parameters.AddWithValue("entities", rows.Select(r => r.New).ToArray());
        command.Parameters.AddWithValue("cap", cap);
        await command.ExecuteNonQueryAsync(ct);
    }

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
