using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>
/// A record that fits two clusters merges them only when it ties what one knows to what the other knows; clusters an
/// analyst kept apart stay apart, however well a later record fits both.
/// </summary>
public sealed class ClusterChoiceTests
{
    private readonly MatchScorer _scorer = Scorer();

    [Fact]
    public void A_report_without_the_suffix_fitting_a_junior_and_his_father_merges_neither_into_the_other_and_asks_about_both()
    {
        const string Home = "1450 N City Road, Arlington";
        IReadOnlyList<IReadOnlyList<PersonRecord>> fatherAndSon =
        [
            [Person("David Dobbins Jr", address: Home), Person("David Dobbins", address: Home)],
            [Person("David Dobbins Sr", address: Home), Person("David Dobbins", address: Home)],
        ];

        var choice = ClusterChoice.Decide(Person("David Dobbins", address: Home), fatherAndSon, _scorer);

        Assert.Null(choice.Join);
        Assert.Empty(choice.Merge);
        Assert.Equal([0, 1], choice.Review.Select(r => r.Cluster).Order());
    }

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

    [Fact]
    public void A_record_that_fits_two_namesakes_only_by_what_one_of_them_has_already_leaves_them_apart_for_an_analyst()
    {
        IReadOnlyList<IReadOnlyList<PersonRecord>> namesakes =
        [
            [Person("Rebwar Aziz Doski", "1961-02-03", place: "Erbil")],
            [Person("Rebwar Aziz Doski", "1988-09-10", place: "Erbil")],
        ];

        // The bare name fits both men, but ties nothing of one to the other: they were still born years apart.
        var choice = ClusterChoice.Decide(Person("Rebwar Aziz Doski"), namesakes, _scorer);

        Assert.Empty(choice.Merge);
        Assert.Null(choice.Join);
        Assert.Equal([0, 1], choice.Review.Select(r => r.Cluster).Order());
    }

    [Fact]
    public void A_record_that_ties_one_namesakes_phone_to_the_others_birth_date_merges_them()
    {
        IReadOnlyList<IReadOnlyList<PersonRecord>> halves =
        [
            [Person("Rebwar Aziz Doski", phone: "0750 321 6549", place: "Erbil")],
            [Person("Rebwar Aziz Doski", "1979-03-14", place: "Basra")],
        ];

        var choice = ClusterChoice.Decide(Person("Rebwar Aziz Doski", "1979-03-14", phone: "+964 750 321 6549"), halves, _scorer);

        Assert.Equal(1, Assert.Single(choice.Merge));
        Assert.NotNull(choice.Join);
    }

    [Fact]
    public void A_cluster_the_record_only_half_recognises_is_put_to_an_analyst_not_merged_with_the_one_it_joins()
    {
        IReadOnlyList<IReadOnlyList<PersonRecord>> clusters =
        [
            [Person("Hemin Ali Jabouri", "1980-01-01", phone: "0750 111 2233", place: "Kirkuk")],
            [Person("Hemin Jabouri", place: "Kirkuk"), Person("Hemin Ali", phone: "0750 111 2233")],
        ];

        // The record is the first man; the second cluster is a family name, a town and a handset it shares with him, a
        // weaker tie that one more report gathering everything together must not turn into a merge on its own.
        var choice = ClusterChoice.Decide(Person("Hemin Ali Jabouri", "1980-01-01"), clusters, _scorer);

        Assert.Equal(0, choice.Join);
        Assert.Empty(choice.Merge);
        Assert.Contains(choice.Review, r => r.Cluster == 1);
    }

    // The halves are the only pair of clusters, and an analyst split them.
    private static bool KeptApart(int cluster, int other) => false;
}
