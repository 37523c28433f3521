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
        var learnt = await ReportingErrors.LearnAsync(Defaults, feed, feed.Count, DateTimeOffset.UnixEpoch);
        Assert.NotNull(learnt);

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
        var learnt = await ReportingErrors.LearnAsync(Defaults, feed, feed.Count, DateTimeOffset.UnixEpoch) ?? Defaults;

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

        var learnt = await ReportingErrors.LearnAsync(Defaults, feed, feed.Count, DateTimeOffset.UnixEpoch) ?? Defaults;
        var score = new MatchScorer(learnt, new TermFrequencies()).Score(
            Person("Shorsh Daban Pishdari", "1970-03-01", place: "Ranya"), Person("Shorsh Daban Pishdari", "1985-09-20", place: "Ranya"));

        Assert.NotEqual(MatchBand.Link, score.Band);
    }

    [Fact]
    public void Only_how_one_person_s_reports_differ_is_learnt_not_how_often_strangers_agree_nor_what_a_link_needs()
    {
        var estimated = Defaults with
        {
            Comparisons = [.. Defaults.Comparisons.Select(c => c.Name != "birthDate" ? c with { Levels = [.. c.Levels.Select(l => l with { M = l.U })] }
                : c with { Levels = [.. c.Levels.Select(l => l with { M = l.Level == "within-one-year" ? 0.3 : 0.7 / (c.Levels.Count - 1), U = 0.5 })] })],
        };

        var learnt = ReportingErrors.Apply(Defaults, estimated, due: 4_000);

        var date = learnt.Comparisons.Single(c => c.Name == "birthDate").Levels;
        Assert.Equal(0.3, date.Single(l => l.Level == "within-one-year").M, 6);
        Assert.Equal(Defaults.Comparisons.Single(c => c.Name == "birthDate").Levels.Select(l => l.U), date.Select(l => l.U));
        // Where the held pairs never reached a level, EM says nothing about it: the defaults stand.
        Assert.Equal(Defaults.Comparisons.Single(c => c.Name == "name").Levels, learnt.Comparisons.Single(c => c.Name == "name").Levels);
        Assert.Equal((Defaults.KnownShare, Defaults.Thresholds, Defaults.LinkRequires), (learnt.KnownShare, learnt.Thresholds, learnt.LinkRequires));
        Assert.Equal("person-v3+errors-of-4000", learnt.Version);
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

    /// <summary>Two reports of each of <paramref name="people"/> men; every <paramref name="monthsOutEvery"/>th man's second one gives his birth date five months out.</summary>
    private static List<PersonRecord> Feed(int people, int monthsOutEvery)
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
            first.Add(Person(name, born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            second.Add(Person(name, again.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return [.. first, .. second];
    }
}
