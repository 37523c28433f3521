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
/// also links merge when the joined cluster, with the record, links them too (the record ties them
/// together). Clusters in the review band, those it only half recognised, are returned for an analyst. A record that starts a new entity is counted in the term frequencies.
/// Records and clusters are kept in memory here; the service keeps them in its store.
/// </summary>
public sealed class IncrementalResolver(MatchScorer scorer, IBlockingIndex index, ResolverOptions? options = null)
{
    private readonly Dictionary<long, PersonRecord> _records = [];
    private readonly ResolverOptions _options = options ?? new ResolverOptions();
    private MatchScorer _scorer = scorer;

    public Clusters Clusters { get; } = new();

    public MatchScorer Scorer => _scorer;

    /// <summary>Scores from now on with <paramref name="weights"/>, keeping the counted frequencies.</summary>
    public void Rescore(MatchWeights weights) => _scorer = new MatchScorer(weights, _scorer.Frequencies);

    public PersonRecord Record(long id) => _records[id];

    /// <summary>Adds a record known to be a new entity without scoring it, as a bulk load of existing entities does.</summary>
    public async ValueTask AddKnownAsync(PersonRecord record, CancellationToken cancellationToken = default)
    {
        _scorer.Frequencies.Observe(record);
        _records.Add(record.Id, record);
        Clusters.Start(record);
        await index.AddAsync(record.Id, BlockingKeys.Of(record), cancellationToken);
    }

    public async ValueTask<RecordResolution> ResolveAsync(PersonRecord record, CancellationToken cancellationToken = default)
    {
        var keys = BlockingKeys.Of(record);
        var candidates = await index.CandidatesAsync(keys, _options.CandidateLimit, cancellationToken);
        var clusters = candidates.Select(Clusters.Of).Distinct().ToList();
        var choice = ClusterChoice.Decide(record, [.. clusters.Select(Members)], _scorer);
        var review = choice.Review.Select(r => new ClusterMatch(clusters[r.Cluster].Id, r.Score)).ToList();
        var best = choice.Best is { } b ? new ClusterMatch(clusters[b.Cluster].Id, b.Score) : null;

        _records.Add(record.Id, record);
        await index.AddAsync(record.Id, keys, cancellationToken);
        if (choice.Join is not { } join)
        {
            Clusters.Start(record);
            _scorer.Frequencies.Observe(record);
            return new RecordResolution(record.Id, record.Id, ResolutionDecision.NewCluster, best, choice.Confidence, [], review, candidates.Count);
        }
        var joined = choice.Merge.Select(i => clusters[i]).Aggregate(clusters[join], Clusters.Merge);
        Clusters.Join(record, joined);
        var merged = choice.Merge.Select(i => clusters[i].Id).Append(clusters[join].Id).Where(id => id != joined.Id).ToList();
        return new RecordResolution(record.Id, joined.Id, choice.Merge.Count > 0 ? ResolutionDecision.Merged : ResolutionDecision.Linked,
            best, choice.Confidence, merged, review, candidates.Count);
    }

    private IReadOnlyList<PersonRecord> Members(Cluster cluster) =>
        cluster.Records.Count <= _options.MaxMembers ? cluster.Records : [.. cluster.Records.Take(_options.MaxMembers)];

}
