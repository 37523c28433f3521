using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>Records arrive one at a time; clusters grow, merge on new evidence, and doubtful pairs go to review.</summary>
public sealed class IncrementalResolverTests
{
    private readonly IncrementalResolver _resolver = new(Scorer(), new InMemoryBlockingIndex());

    [Fact]
    public async Task A_second_report_of_a_man_joins_his_cluster_and_says_why()
    {
        var first = await _resolver.ResolveAsync(Person("Rebwar Aziz Doski", "1979-06-01", phone: "0750 123 4567"));
        var second = await _resolver.ResolveAsync(Person("ڕێبوار عزيز دۆسکی", "1979-06-01"));

        Assert.Equal(ResolutionDecision.NewCluster, first.Decision);
        Assert.Equal(ResolutionDecision.Linked, second.Decision);
        Assert.Equal(first.ClusterId, second.ClusterId);
        Assert.Contains(second.Best!.Score.Reasons, r => r.StartsWith("birthDate exact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_that_links_two_clusters_merges_them()
    {
        var byPhone = await _resolver.ResolveAsync(Person("Rebwar Doski", phone: "0750 123 4567"));
        var byPassport = await _resolver.ResolveAsync(Person("Rebwar Aziz Doski", "1979-06-01", passport: "A12345678"));
        var both = await _resolver.ResolveAsync(Person("Rebwar Aziz Doski", "1979-06-01", passport: "A12345678", phone: "+964 750 123 4567"));

        Assert.NotEqual(byPhone.ClusterId, byPassport.ClusterId);
        Assert.Equal(ResolutionDecision.Merged, both.Decision);
        Assert.Equal(3, _resolver.Clusters.Members(both.ClusterId).Count);
    }

    [Fact]
    public async Task A_doubtful_match_is_queued_for_review_not_linked()
    {
        // The same common name and nothing else to go on: maybe him, maybe another Mohammed Ali Hassan.
        var known = await _resolver.ResolveAsync(Person("Mohammed Ali Hassan", "1984-03-02"));
        var doubtful = await _resolver.ResolveAsync(Person("Mohammed Ali Hassan"));

        Assert.Equal(ResolutionDecision.NewCluster, doubtful.Decision);
        Assert.Contains(doubtful.Review, r => r.ClusterId == known.ClusterId);
        Assert.Equal(MatchBand.Review, doubtful.Best!.Score.Band);
    }
}
