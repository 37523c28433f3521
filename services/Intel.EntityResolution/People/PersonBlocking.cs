using Npgsql;
using Intel.EntityResolution.Matching.Blocking;

namespace Intel.EntityResolution.People;

/// <summary>
/// The blocking index in PostgreSQL, read and written inside the resolving transaction. A key's records
/// are kept only while the key is under <see cref="Cap"/>; past it the key is dropped from blocking and
/// its rows deleted, which bounds both the work per mention and the table. Each call is one statement.
/// </summary>
public sealed class PersonBlocking(NpgsqlConnection connection, string schema, int cap = PersonBlocking.DefaultCap) : IBlockingIndex
{
    public const int DefaultCap = 1_000;

    /// <summary>The key whose entity count is the number of person entities.</summary>
    public const string AllEntities = "*";

    // Advisory lock class of blocking keys: the two-integer lock space, apart from Marten's daemon lock.
    private const int LockClass = 0x4552_4b31;

    public int Cap => cap;

    public async ValueTask<IReadOnlyDictionary<string, KeyCount>> CountsAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        await using var command = Command($"SELECT key, records, entities FROM {schema}.{BlockingTables.Keys} WHERE key = ANY(@keys)");
        command.Parameters.AddWithValue("keys", keys.Append(AllEntities).Distinct(StringComparer.Ordinal).ToArray());
        var counts = new Dictionary<string, KeyCount>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetString(0)] = new KeyCount(reader.GetInt32(1), reader.GetInt32(2));
        }
        return counts;
    }

    /// <summary>
    /// Holds the keys until the transaction ends, in one order everywhere so two transactions cannot
    /// deadlock: two mentions of one new man resolved at once then meet on a key and go one after the other.
    /// </summary>
    public async ValueTask LockAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var hashes = keys.Select(Hash).Distinct().Order().ToArray();
        if (hashes.Length == 0)
        {
            return;
        }
        await using var command = Command($"SELECT count(pg_advisory_xact_lock({LockClass}, k)) FROM (SELECT unnest(@keys) AS k ORDER BY 1) AS ordered");
        command.Parameters.AddWithValue("keys", hashes);
        await command.ExecuteScalarAsync(ct);
    }

    public ValueTask AddAsync(long recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        AddAsync(recordId, keys, newEntity: false, cancellationToken);

    /// <summary>Indexes a record under its keys; a record that starts an entity also counts once for each key's entities.</summary>
    public async ValueTask AddAsync(long recordId, IReadOnlyCollection<string> keys, bool newEntity, CancellationToken ct)
    {
        await using var command = Command($"""
            WITH counted AS (
                INSERT INTO {schema}.{BlockingTables.Keys} AS k (key, records, entities)
                SELECT unnest(@keys), 1, @entities
                ON CONFLICT (key) DO UPDATE SET records = k.records + 1, entities = k.entities + EXCLUDED.entities
                RETURNING key, records),
            kept AS (
                INSERT INTO {schema}.{BlockingTables.Records} (key, record_id)
                SELECT key, @record FROM counted WHERE records <= @cap
                ON CONFLICT DO NOTHING)
            DELETE FROM {schema}.{BlockingTables.Records} r USING counted c WHERE r.key = c.key AND c.records = @cap + 1
            """);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        command.Parameters.AddWithValue("entities", newEntity ? 1 : 0);
        command.Parameters.AddWithValue("record", recordId);
        command.Parameters.AddWithValue("cap", cap);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Counts one more person entity (the prior of every score depends on how many there are).</summary>
    public async ValueTask CountEntityAsync(CancellationToken ct)
    {
        await using var command = Command($"""
            INSERT INTO {schema}.{BlockingTables.Keys} AS k (key, records, entities) VALUES (@all, 0, 1)
            ON CONFLICT (key) DO UPDATE SET entities = k.entities + 1
            """);
        command.Parameters.AddWithValue("all", AllEntities);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask<IReadOnlyList<long>> CandidatesAsync(IReadOnlyCollection<string> keys, int limit, CancellationToken cancellationToken = default)
    {
        var counts = await CountsAsync(keys, cancellationToken);
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

    // FNV-1a folded to 32 bits: stable across processes and replicas, unlike string.GetHashCode.
    private static int Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return unchecked((int)hash);
    }
}
