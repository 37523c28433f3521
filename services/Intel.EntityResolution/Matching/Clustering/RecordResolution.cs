using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Matching.Clustering;

public enum ResolutionDecision
{
    /// <summary>Nothing scored in the link band: the record starts a new cluster.</summary>
    NewCluster,
    /// <summary>The record joined the best-scoring cluster.</summary>
    Linked,
    /// <summary>The record linked to several clusters, which were merged into one.</summary>
    Merged,
}

/// <summary>A cluster the record scored against, with the explained score (each comparison names the member it agreed with best).</summary>
public sealed record ClusterMatch(long ClusterId, MatchScore Score);

/// <summary>
/// What resolving one record decided, and why: the cluster it ended in, the best match's explained
/// score, the confidence the decision was taken on (that score less the log-sum of the clusters competing
/// with it; -infinity when nothing reached the link band), the clusters merged into it, and the clusters
/// in the review band for an analyst's queue.
/// </summary>
public sealed record RecordResolution(
    long RecordId,
    long ClusterId,
    ResolutionDecision Decision,
    ClusterMatch? Best,
    double Confidence,
    IReadOnlyList<long> MergedClusters,
    IReadOnlyList<ClusterMatch> Review,
    int CandidatesScored);
