using Npgsql;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Resolution;

namespace Intel.EntityResolution.People;

/// <summary>
/// The people of one report while it is resolved: their records and blocking keys, the keys' locks (all
/// taken at once, before anything is written, with the exact keys of the report's other entities) and the
/// index writes, made together once every person is resolved. Taking locks person by person, or writing key rows between them, let two reports lock in
/// opposite orders and deadlock.
/// </summary>
public sealed class PeopleOfReport
{
    private readonly Dictionary<string, (PersonRecord Record, IReadOnlyCollection<string> Keys)> _byRef;
    private readonly List<IndexedRecord> _indexed = [];

    private readonly IReadOnlyDictionary<string, KeyCount> _counts;

    private PeopleOfReport(
        PersonBlocking blocking, Dictionary<string, (PersonRecord, IReadOnlyCollection<string>)> byRef, IReadOnlyDictionary<string, KeyCount> counts,
        IReadOnlyDictionary<string, KeyCount> held, IReadOnlyList<string> thingKeys)
    {
        Blocking = blocking;
        _byRef = byRef;
        _counts = counts;
        Counts = held;
        ThingKeys = thingKeys;
    }

    public PersonBlocking Blocking { get; }

    /// <summary>
    /// Every key's counts once the locks were held, for each person's candidates and weights. The index is written only when
    /// every person is resolved, so what this transaction holds does not change until then.
    /// </summary>
    public IReadOnlyDictionary<string, KeyCount> Counts { get; }

    /// <summary>The exact keys of the report's other entities (phones, documents, accounts…), locked with its people.</summary>
    public IReadOnlyList<string> ThingKeys { get; }

    public static async Task<PeopleOfReport> LockAsync(NpgsqlConnection connection, MatchingModel model, ReportIngested report, CancellationToken ct)
    {
        var blocking = new PersonBlocking(connection, model.Schema, model.Cap, model.Options.CandidateLimit);
        var persons = report.Entities.Where(e => e.Type == "person").ToList();
        var ids = await NextIdsAsync(connection, model.Schema, persons.Count, ct);
        var byRef = new Dictionary<string, (PersonRecord, IReadOnlyCollection<string>)>(StringComparer.Ordinal);
        foreach (var (person, id) in persons.Zip(ids))
        {
            var record = PersonRecords.From(id, person, report.Entities, report.Links);
            byRef[person.Ref] = (record, BlockingKeys.Of(record));
        }
        var keys = byRef.Values.SelectMany(p => p.Item2).Distinct(StringComparer.Ordinal).ToList();
        var counts = keys.Count > 0 ? await blocking.CountsAsync(keys, ct) : new Dictionary<string, KeyCount>();
        var usable = keys.Where(k => counts.GetValueOrDefault(k).Records <= model.Cap).ToList();
        // Keys carried by fewer records than a search takes candidates are held exclusively: two mentions of one man share
        // such keys (his name's rarer pairs, his birth date, his phone), and each would be the other's candidate under them.
        // A broader key (a common name word or pair) is held shared: a new record found only through it comes behind the
        // many older records carrying it. Held exclusively, such keys made reports naming common names resolve one at a time.
        var specific = usable.Where(k => counts.GetValueOrDefault(k).Records < model.Options.CandidateLimit);
        // The exact keys of the report's other entities are locked with them: two reports naming one new phone,
        // or one town every report names, append to its entity one after the other instead of failing on the
        // stream's version until their retries run out.
        var things = report.Entities.Where(e => e.Type != "person").SelectMany(e => MatchKeys.Of(e, report)).Distinct(StringComparer.Ordinal).ToList();
        var held = await blocking.LockAsync(specific.Concat(things.Select(k => "x:" + k)), usable, keys, ct);
        return new PeopleOfReport(blocking, byRef, counts, held, things);
    }

    public (PersonRecord Record, IReadOnlyCollection<string> Keys) Of(ReportedEntity person) => _byRef[person.Ref];

    public void Index(PersonRecord record, IReadOnlyCollection<string> keys, bool newEntity) => _indexed.Add(new IndexedRecord(record.Id, keys, newEntity));

    /// <summary>The keys' counts as read when they were locked, so each key is counted as it was held: a narrow key in its own row, a broad one in a shard.</summary>
    public async Task WriteIndexAsync(CancellationToken ct) => await Blocking.AddAsync(_indexed, _counts, ct);

    private static async Task<IReadOnlyList<long>> NextIdsAsync(NpgsqlConnection connection, string schema, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }
        await using var command = new NpgsqlCommand($"SELECT nextval('{schema}.{BlockingTables.RecordIds}') FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("count", count);
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }
}
