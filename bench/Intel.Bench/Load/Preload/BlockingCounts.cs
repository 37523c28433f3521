using Intel.EntityResolution.People;

namespace Intel.Bench.Load.Preload;

/// <summary>
/// The blocking index as <see cref="PersonBlocking"/> would leave it after adding each known person as a new
/// entity: every key with its record and entity counts, and its records only while the key is under the cap.
/// </summary>
public sealed class BlockingCounts(int cap = PersonBlocking.DefaultCap)
{
    private sealed class Key
    {
        public int Records;
        public List<long>? Ids = [];
    }

    private readonly Dictionary<string, Key> _keys = new(StringComparer.Ordinal);

    public int People { get; private set; }

    public void Add(long recordId, IEnumerable<string> keys)
    {
        People++;
        foreach (var name in keys)
        {
            if (!_keys.TryGetValue(name, out var key))
            {
                key = new Key();
                _keys[name] = key;
            }
            key.Records++;
            // Past the cap the index drops the key's records for good.
            key.Ids = key.Records > cap ? null : key.Ids;
            key.Ids?.Add(recordId);
        }
    }

    public int SaturatedKeys => _keys.Values.Count(k => k.Ids is null);

    /// <summary>Rows of er_blocking_keys: each key counted once per record and once per entity (every record started one).</summary>
    public IEnumerable<(string Key, int Records, int Entities)> KeyRows() =>
        _keys.Select(k => (k.Key, k.Value.Records, k.Value.Records)).Append((PersonBlocking.AllEntities, 0, People));

    public IEnumerable<(string Key, long Record)> RecordRows() =>
        _keys.Where(k => k.Value.Ids is not null).SelectMany(k => k.Value.Ids!.Select(id => (k.Key, id)));
}
