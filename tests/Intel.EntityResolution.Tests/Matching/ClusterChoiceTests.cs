using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>Clusters an analyst kept apart stay apart, however well a later record fits both.</summary>
public sealed class ClusterChoiceTests
{
    private readonly MatchScorer _scorer = Scorer();

    [Fact]
    public void A_record_that_fits_two_clusters_kept_apart_joins_the_better_without_merging_them_or_asking_again()
    {
        IReadOnlyList<IReadOnlyList<PersonRecord>> halves =
        [
            [Person("Karzan Hama Salih", "1985-05-05", phone: "0750 987 6543")],
            [Person("Karzan Hama Saleh", "1985-05-05")],
        ];
        var later = Person("Karzan Hama Salih", "1985-05-05", phone: "+964 750 987 6543");

        var undecided = ClusterChoice.Decide(later, halves, _scorer);
        var keptApart = ClusterChoice.Decide(later, halves, _scorer, KeptApart);

        // Without the analyst's decision the same evidence would make the halves one again.
        Assert.Equal([1], undecided.Merge);
        Assert.Equal(0, keptApart.Join);
        Assert.Empty(keptApart.Merge);
        Assert.DoesNotContain(keptApart.Review, r => r.Cluster == 1);
    }

    [Fact]
    public void A_record_that_fits_two_clusters_kept_apart_equally_well_is_left_to_an_analyst()
    {
        IReadOnlyList<IReadOnlyList<PersonRecord>> halves =
        [
            [Person("Karzan Hama Salih", "1985-05-05")],
            [Person("Karzan Hama Salih", "1985-05-05")],
        ];

        var choice = ClusterChoice.Decide(Person("Karzan Hama Salih", "1985-05-05"), halves, _scorer, KeptApart);

        Assert.Null(choice.Join);
        Assert.Empty(choice.Merge);
        Assert.Equal([0, 1], choice.Review.Select(r => r.Cluster).Order());
    }

    // The halves are the only pair of clusters, and an analyst split them.
    private static bool KeptApart(int cluster, int other) => false;
}
