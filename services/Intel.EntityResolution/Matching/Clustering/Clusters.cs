namespace Intel.EntityResolution.Matching.Clustering;

/// <summary>
/// Which cluster (candidate entity) each record belongs to. A cluster is named by its first record's id;
/// a merge moves the smaller cluster's members into the larger, so each record moves O(log n) times.
/// </summary>
public sealed class Clusters
{
    private readonly Dictionary<long, long> _clusterOf = [];
    private readonly Dictionary<long, List<long>> _members = [];

    public int Count => _members.Count;

    public long ClusterOf(long recordId) => _clusterOf[recordId];

    public IReadOnlyList<long> Members(long clusterId) => _members[clusterId];

    public IEnumerable<IReadOnlyList<long>> All => _members.Values;

    public void Start(long recordId)
    {
        _clusterOf[recordId] = recordId;
        _members[recordId] = [recordId];
    }

    public void Join(long recordId, long clusterId)
    {
        _clusterOf[recordId] = clusterId;
        _members[clusterId].Add(recordId);
    }

    /// <summary>Merges two clusters and returns the id of the one that remains.</summary>
    public long Merge(long first, long second)
    {
        if (first == second)
        {
            return first;
        }
        var (keep, gone) = _members[first].Count >= _members[second].Count ? (first, second) : (second, first);
        foreach (var member in _members[gone])
        {
            _clusterOf[member] = keep;
        }
        _members[keep].AddRange(_members[gone]);
        _members.Remove(gone);
        return keep;
    }
}
