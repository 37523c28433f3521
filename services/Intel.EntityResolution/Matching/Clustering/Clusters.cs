namespace Intel.EntityResolution.Matching.Clustering;

/// <summary>A candidate entity: the records resolved to one person, named by its first record's id.</summary>
public sealed class Cluster
{
    private readonly List<PersonRecord> _records;

    internal Cluster(PersonRecord first) => (Id, _records) = (first.Id, [first]);

    public long Id { get; }

    /// <summary>The records, oldest first. Held directly, so scoring a candidate cluster follows no further lookups.</summary>
    public IReadOnlyList<PersonRecord> Records => _records;

    internal void Add(PersonRecord record) => _records.Add(record);

    internal void Absorb(Cluster other)
    {
        _records.AddRange(other._records);
        other._records.Clear();
    }
}

/// <summary>
/// Which cluster each record belongs to. A merge moves the smaller cluster's records into the larger,
/// so each record moves O(log n) times.
/// </summary>
public sealed class Clusters
{
    private readonly Dictionary<long, Cluster> _ofRecord = [];
    private readonly Dictionary<long, Cluster> _byId = [];

    public int Count => _byId.Count;

    public Cluster Of(long recordId) => _ofRecord[recordId];

    public long ClusterOf(long recordId) => _ofRecord[recordId].Id;

    public IReadOnlyList<long> Members(long clusterId) => [.. _byId[clusterId].Records.Select(r => r.Id)];

    public IEnumerable<IReadOnlyList<long>> All => _byId.Keys.Select(Members);

    public Cluster Start(PersonRecord record)
    {
        var cluster = new Cluster(record);
        _ofRecord[record.Id] = cluster;
        _byId[cluster.Id] = cluster;
        return cluster;
    }

    public void Join(PersonRecord record, Cluster cluster)
    {
        _ofRecord[record.Id] = cluster;
        cluster.Add(record);
    }

    /// <summary>Merges two clusters and returns the one that remains.</summary>
    public Cluster Merge(Cluster first, Cluster second)
    {
        if (first == second)
        {
            return first;
        }
        var (keep, gone) = first.Records.Count >= second.Records.Count ? (first, second) : (second, first);
        foreach (var record in gone.Records)
        {
            _ofRecord[record.Id] = keep;
        }
        keep.Absorb(gone);
        _byId.Remove(gone.Id);
        return keep;
    }
}
