using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Estimation;
using Intel.EntityResolution.Matching.Scoring;
using Intel.EntityResolution.People;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>The service learns how the reports it holds err, and resolves by it.</summary>
public sealed class ReportingErrorsTests
{
    private static readonly MatchWeights Defaults = MatchWeights.Load(MatchingModel.DefaultWeights);

    [Fact]
    public async Task A_feed_that_often_gives_a_man_s_birth_date_months_out_teaches_the_service_to_link_his_reports_despite_it()
    {
        // A man's two reports of one feed: one in two gives a birth date five months out, as a partner keying dates
        // from a hijri calendar or an asylum interview might. Strangers in it rarely share a full name.
        var feed = Feed(people: 600, monthsOutEvery: 2);
        var (learnt, errorsLearnt) = await ReportingErrors.LearnAsync(Defaults, Defaults, feed, feed.Count, DateTimeOffset.UnixEpoch);
        Assert.True(errorsLearnt);

        var listed = Person("Shorsh Daban Pishdari", "1990-10-01");
        var reported = Person("Shorsh Daban Pishdari", "1991-03-03");
        var before = new MatchScorer(Defaults, new TermFrequencies()).Score(listed, reported);
        var after = new MatchScorer(learnt, new TermFrequencies()).Score(listed, reported);

        Assert.NotEqual(MatchBand.Link, before.Band);
        Assert.Equal(MatchBand.Link, after.Band);
        Assert.Equal($"{MatchingModel.DefaultWeights}+errors-of-{feed.Count}", after.WeightsVersion);
    }

    [Fact]
    public async Task A_feed_that_keys_birth_dates_carefully_still_keeps_namesakes_born_months_apart_for_an_analyst()
    {
        var feed = Feed(people: 600, monthsOutEvery: 0);
        var learnt = (await ReportingErrors.LearnAsync(Defaults, Defaults, feed, feed.Count, DateTimeOffset.UnixEpoch)).Weights;

        var score = new MatchScorer(learnt, new TermFrequencies()).Score(Person("Shorsh Daban Pishdari", "1990-10-01"), Person("Shorsh Daban Pishdari", "1991-03-03"));

        Assert.NotEqual(MatchBand.Link, score.Band);
    }

    [Fact]
    public async Task A_feed_of_few_names_does_not_teach_the_service_that_namesakes_born_years_apart_are_one_man()
    {
        // Six hundred men under thirty names, each reported twice alike: among the candidates, namesakes outnumber a man's
        // own second report, and EM can take "the same name" for "the same person", to whom a birth date means little.
        string[] given = ["Aram", "Dara", "Goran", "Hemin", "Karwan", "Nawzad", "Rebin", "Sherko", "Zana", "Azad"];
        string[] family = ["Barzani", "Talabani", "Zebari"];
        var random = new Random(5);
        var feed = new List<PersonRecord>();
        for (var i = 0; i < 600; i++)
        {
            var name = $"{given[random.Next(given.Length)]} {family[random.Next(family.Length)]}";
            var born = new DateOnly(1960, 1, 1).AddDays(random.Next(40 * 365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            feed.Add(Person(name, born));
            feed.Add(Person(name, born));
        }

        // What the service learnt before from a feed that gave some birth dates a year out: that stays.
        var before = ReportingErrors.Apply(Defaults, Estimated(("birthDate", "within-one-year", 0.1, 0.5)), due: 600);
        var (learnt, errorsLearnt) = await ReportingErrors.LearnAsync(Defaults, before, feed, feed.Count, DateTimeOffset.UnixEpoch);
        var score = new MatchScorer(learnt, new TermFrequencies()).Score(
            Person("Shorsh Daban Pishdari", "1970-03-01", place: "Ranya"), Person("Shorsh Daban Pishdari", "1985-09-20", place: "Ranya"));

        Assert.NotEqual(MatchBand.Link, score.Band);
        Assert.False(errorsLearnt);
        Assert.Equal(Levels(before, "birthDate").Select(l => l.M), Levels(learnt, "birthDate").Select(l => l.M));
        Assert.Equal($"{MatchingModel.DefaultWeights}+errors-of-{feed.Count}", learnt.Version);
    }

    [Fact]
    public void How_one_person_s_reports_differ_is_learnt_and_how_often_strangers_share_a_nationality_not_how_often_they_share_a_date_nor_what_a_link_needs()
    {
        var learnt = ReportingErrors.Apply(Defaults, Estimated(BirthDatesAYearOut()), due: 4_000);

        var date = Levels(learnt, "birthDate");
        Assert.Equal(0.3, date.Single(l => l.Level == "within-one-year").M, 6);
        Assert.Equal(Levels(Defaults, "birthDate").Select(l => l.U), date.Select(l => l.U));
        // Where the held pairs never reached a level, EM says nothing about it: the defaults stand.
        Assert.Equal(Levels(Defaults, "name"), Levels(learnt, "name"));
        Assert.Equal((Defaults.KnownShare, Defaults.Thresholds, Defaults.LinkRequires), (learnt.KnownShare, learnt.Thresholds, learnt.LinkRequires));
        Assert.Equal("person-v3+errors-of-4000", learnt.Version);
    }

    [Theory]
    // Nine in ten share one nationality: agreeing on it barely counts; differing counts as much against as the defaults say.
    [InlineData(0.9, 0.1, 0.9, 0.5)]
    // Sixty nationalities: differing counts more against, but agreeing no more for than the defaults say (a name tells it).
    [InlineData(0.03, 0.97, 0.5, 0.97)]
    // Everyone one nationality: agreeing never counts against (u at most m).
    [InlineData(0.999, 0.001, 0.95, 0.5)]
    public void How_often_strangers_share_a_nationality_only_ever_weakens_an_agreement_and_strengthens_a_difference(
        double sameByChance, double differentByChance, double sameU, double differentU)
    {
        var learnt = ReportingErrors.Apply(Defaults, Estimated(("nationality", "same", 0.95, sameByChance), ("nationality", "different", 0.05, differentByChance)), due: 4_000);

        Assert.Equal([sameU, differentU], Levels(learnt, "nationality").Select(l => l.U).ToArray(), new ToleranceComparer(1e-9));
        Assert.InRange(Levels(learnt, "nationality")[0].Weight, 0, Levels(Defaults, "nationality")[0].Weight);
        Assert.InRange(Levels(learnt, "nationality")[1].Weight, double.NegativeInfinity, Levels(Defaults, "nationality")[1].Weight);
    }

    [Fact]
    public async Task In_a_feed_of_Iraqi_men_two_reports_of_a_name_with_different_phones_are_not_linked_for_being_Iraqi_men()
    {
        // Every man the feed reports is an Iraqi man: that two reports agree on it says next to nothing, not the near
        // two bits the defaults give a nationality and a gender shared by half of everyone.
        var feed = Feed(people: 1_200, monthsOutEvery: 0, nationality: "IRQ", gender: "male");
        var (learnt, _) = await ReportingErrors.LearnAsync(Defaults, Defaults, feed, feed.Count, DateTimeOffset.UnixEpoch);
        var frequencies = new TermFrequencies();
        feed.Take(1_200).ToList().ForEach(frequencies.Observe);
        // A given name the feed holds often, a family name it does not: a couple of bits more carry it past the phones.
        var (first, second) = (Person("Aram Shekhani", phone: "07501234567", nationality: "IRQ", gender: "male"),
            Person("Aram Shekhani", phone: "07709876543", nationality: "IRQ", gender: "male"));

        var before = new MatchScorer(Defaults, frequencies).Score(first, second);
        var after = new MatchScorer(learnt, frequencies).Score(first, second);

        Assert.True(before.Band == MatchBand.Link, before.ToString());
        Assert.True(after.Band == MatchBand.Review, after.ToString());
        // The first Syrian or the first woman of that name the feed brings is no more him than the defaults say.
        foreach (var other in new[] { Person("Aram Shekhani", phone: "07501234567", nationality: "SYR", gender: "male"),
            Person("Aram Shekhani", phone: "07501234567", nationality: "IRQ", gender: "female") })
        {
            var namesake = new MatchScorer(learnt, frequencies).Score(first, other);
            Assert.True(namesake.Band != MatchBand.Link, namesake.ToString());
        }
    }

    [Theory]
    [InlineData(999, null, null)]
    [InlineData(1_000, null, 1_000)]
    [InlineData(1_999, 1_000, null)]
    [InlineData(2_000, 1_000, 2_000)]
    [InlineData(5_000, 1_000, 4_000)]
    [InlineData(5_000, 4_000, null)]
    public void The_service_learns_at_a_thousand_held_records_and_again_each_time_they_double(long held, int? learntAt, int? due) =>
        Assert.Equal(due, ReportingErrors.DueAt(held, learntAt));

    /// <summary>A feed whose birth dates are a year out in three reports of ten: EM's m of every birth-date level.</summary>
    private static (string, string, double, double)[] BirthDatesAYearOut()
    {
        var levels = Levels(Defaults, "birthDate");
        return [.. levels.Select(l => ("birthDate", l.Level, l.Level == "within-one-year" ? 0.3 : 0.7 / (levels.Count - 1), 0.5))];
    }

    private static IReadOnlyList<LevelWeights> Levels(MatchWeights weights, string comparison) => weights.Comparisons.Single(c => c.Name == comparison).Levels;

    /// <summary>What EM would return: every level's m equal to its u (nothing learnt), but for the given levels' m and u.</summary>
    private static MatchWeights Estimated(params (string Comparison, string Level, double M, double U)[] levels) => Defaults with
    {
        Comparisons = [.. Defaults.Comparisons.Select(c => c with
        {
            Levels = [.. c.Levels.Select(l => levels.FirstOrDefault(x => x.Comparison == c.Name && x.Level == l.Level) is { Comparison: not null } x
                ? l with { M = x.M, U = x.U }
                : l with { M = l.U })],
        })],
    };

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }

    /// <summary>Two reports of each of <paramref name="people"/> men; every <paramref name="monthsOutEvery"/>th man's second one gives his birth date five months out.</summary>
    private static List<PersonRecord> Feed(int people, int monthsOutEvery, string? nationality = null, string? gender = null)
    {
        string[] given = ["Aram", "Bakhtiyar", "Dara", "Goran", "Hemin", "Karwan", "Nawzad", "Rebin", "Sherko", "Zana", "Azad", "Barzan", "Dilshad",
            "Farhad", "Hawre", "Jamal", "Kawa", "Luqman", "Mariwan", "Omed", "Peshraw", "Rizgar", "Sarkawt", "Shwan", "Taha"];
        string[] family = ["Barzani", "Talabani", "Zebari", "Doski", "Hawrami", "Jaff", "Rekani", "Sindi", "Mizuri", "Baban", "Berwari", "Herki",
            "Shwani", "Kakayi", "Dizayi", "Surchi", "Goyi", "Balisani", "Xoshnaw", "Pishdari", "Mangur", "Bilbas", "Gerdi", "Ako", "Shikak"];
        var random = new Random(11);
        var first = new List<PersonRecord>();
        var second = new List<PersonRecord>();
        for (var i = 0; i < people; i++)
        {
            var name = $"{given[i % given.Length]} {given[(i / given.Length + 3) % given.Length]} {family[(i * 7 + i / given.Length) % family.Length]}";
            var born = new DateOnly(1960, 1, 1).AddDays(random.Next(40 * 365));
            var again = monthsOutEvery > 0 && i % monthsOutEvery == 0 ? born.AddMonths(5) : born;
            first.Add(Person(name, born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), nationality: nationality, gender: gender));
            second.Add(Person(name, again.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), nationality: nationality, gender: gender));
        }
        return [.. first, .. second];
    }
}
