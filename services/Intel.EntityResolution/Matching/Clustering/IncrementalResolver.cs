using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Matching.Clustering;

/// <summary>
/// How much work one record may cost: the index ranks candidate records and the best
/// <see cref="CandidateLimit"/> are taken; their clusters are scored against at most
/// <see cref="MaxMembers"/> members each.
/// </summary>
public sealed record ResolverOptions(int CandidateLimit = 64, int MaxMembers = 32);

/// <summary>
/// Resolves person records one at a time, as reports arrive. Candidates come from the blocking index and
/// are grouped by cluster; a cluster is scored as a whole, each comparison at the best level any of its
/// members reaches (one report gave his full name, another his phone). The record joins the best cluster
/// when its confidence (its score against every competing explanation) is in the link band; clusters it
/// also links that do not contradict it are the same man seen apart, and merge; afterwards a cluster it
/// only half recognised is given a second look against the enlarged cluster. Clusters in the review band
/// are returned for an analyst. A record that starts a new entity is counted in the term frequencies.
/// Records and clusters are kept in memory here; the service keeps them in its store.
/// </summary>
public sealed class IncrementalResolver(MatchScorer scorer, IBlockingIndex index, ResolverOptions? options = null)
{
    private readonly Dictionary<long, PersonRecord> _records = [];
    private readonly ResolverOptions _options = options ?? new ResolverOptions();

    public Clusters Clusters { get; } = new();

    public MatchScorer Scorer => scorer;

    public PersonRecord Record(long id) => _records[id];

    /// <summary>Adds a record known to be a new entity without scoring it, as a bulk load of existing entities does.</summary>
    public async ValueTask AddKnownAsync(PersonRecord record, CancellationToken cancellationToken = default)
    {
        scorer.Frequencies.Observe(record);
        _records.Add(record.Id, record);
        Clusters.Start(record);
        await index.AddAsync(record.Id, BlockingKeys.Of(record), cancellationToken);
    }

    public async ValueTask<RecordResolution> ResolveAsync(PersonRecord record, CancellationToken cancellationToken = default)
    {
        var keys = BlockingKeys.Of(record);
        var candidates = await index.CandidatesAsync(keys, _options.CandidateLimit, cancellationToken);

        var scored = new List<(Cluster Cluster, double Total)>();
        var seen = new HashSet<Cluster>();
        foreach (var id in candidates)
        {
            var cluster = Clusters.Of(id);
            if (seen.Add(cluster))
            {
                scored.Add((cluster, scorer.Total(record, Members(cluster))));
            }
        }
        scored.Sort((a, b) => b.Total != a.Total ? b.Total.CompareTo(a.Total) : a.Cluster.Id.CompareTo(b.Cluster.Id));
        var thresholds = scorer.Weights.Thresholds;
        var merging = new List<Cluster>();
        var confidence = double.NegativeInfinity;
        if (scored.Count > 0 && scored[0].Total >= thresholds.Link)
        {
            // Other clusters in the link band are the same man seen apart, unless they contradict the best
            // one; those compete with it. Each score is the log-odds of "this entity" against "someone new",
            // so the best one's odds against every other explanation subtract the competitors' (log-sum).
            var competing = 0.0;
            foreach (var (cluster, total) in scored.Skip(1))
            {
                if (total >= thresholds.Link && Score(cluster, scored[0].Cluster) >= thresholds.Review)
                {
                    merging.Add(cluster);
                }
                else
                {
                    competing += Math.Pow(2, total);
                }
            }
            confidence = scored[0].Total - Math.Log2(1 + competing);
        }
        var linking = confidence >= thresholds.Link;
        var review = scored.Where(s => s.Total >= thresholds.Review && !(linking && (s.Cluster == scored[0].Cluster || merging.Contains(s.Cluster))))
            .Select(s => Explain(record, s.Cluster)).ToList();

        _records.Add(record.Id, record);
        await index.AddAsync(record.Id, keys, cancellationToken);
        if (!linking)
        {
            Clusters.Start(record);
            scorer.Frequencies.Observe(record);
            var nearest = scored.Count > 0 ? Explain(record, scored[0].Cluster) : null;
            return new RecordResolution(record.Id, record.Id, ResolutionDecision.NewCluster, nearest, confidence, [], review, candidates.Count);
        }
        var best = Explain(record, scored[0].Cluster);
        var merged = merging.Select(c => c.Id).ToList();
        var joined = merging.Aggregate(scored[0].Cluster, Clusters.Merge);
        Clusters.Join(record, joined);
        // The record has added to what is known of the man: a cluster it only half recognised may now be
        // recognised by the whole (its best member in the link band against the enlarged cluster).
        foreach (var (cluster, total) in scored.Skip(1))
        {
            if (total >= thresholds.Review && cluster.Records.Count > 0 && cluster != joined && Score(cluster, joined) >= thresholds.Link)
            {
                merged.Add(cluster.Id);
                joined = Clusters.Merge(joined, cluster);
            }
        }
        merged.Add(scored[0].Cluster.Id);
        return new RecordResolution(record.Id, joined.Id, merged.Count > 1 ? ResolutionDecision.Merged : ResolutionDecision.Linked,
            best, confidence, [.. merged.Where(id => id != joined.Id)], review, candidates.Count);
    }

    // A cluster against another: its best member against the other's members.
    private double Score(Cluster cluster, Cluster against)
    {
        var members = Members(against);
        return Members(cluster).Max(m => scorer.Total(m, members));
    }

    private IReadOnlyList<PersonRecord> Members(Cluster cluster) =>
        cluster.Records.Count <= _options.MaxMembers ? cluster.Records : [.. cluster.Records.Take(_options.MaxMembers)];

    private ClusterMatch Explain(PersonRecord record, Cluster cluster) => new(cluster.Id, scorer.Score(record, Members(cluster)));
}
