using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Comparisons;
using Intel.EntityResolution.Matching.Estimation;
using Intel.EntityResolution.Matching.Scoring;
using Intel.EntityResolution.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>EM recovers known m and u from unlabelled pairs, and the shipped file says where its weights came from.</summary>
public sealed class ExpectationMaximisationTests
{
    // A comparison whose level for a pair is drawn in advance, so the true m and u are known.
    private sealed class Drawn(string name, Dictionary<(long, long), int> levels) : IComparison
    {
        public string Name => name;

        public IReadOnlyList<string> Levels { get; } = ["agree", "disagree"];

        public ComparisonOutcome Compare(PersonRecord first, PersonRecord second) => new(levels[(first.Id, second.Id)]);
    }

    [Fact]
    public void EM_recovers_m_u_and_the_share_of_matches_from_unlabelled_pairs()
    {
        double[] m = [0.95, 0.9, 0.8];
        double[] u = [0.05, 0.1, 0.3];
        var rng = new Random(3);
        var levels = m.Select(_ => new Dictionary<(long, long), int>()).ToArray();
        var patterns = new ComparisonPatterns([.. levels.Select((l, i) => new Drawn($"c{i}", l))]);
        for (var pair = 0L; pair < 20_000; pair++)
        {
            var match = pair % 5 == 0;
            for (var i = 0; i < m.Length; i++)
            {
                levels[i][(pair, -pair)] = rng.NextDouble() < (match ? m[i] : u[i]) ? 0 : 1;
            }
            patterns.Add(new PersonRecord { Id = pair }, new PersonRecord { Id = -pair });
        }

        var fit = ExpectationMaximisation.Run(patterns, [.. m.Select(_ => new[] { 0.6, 0.4 })], [.. m.Select(_ => new[] { 0.4, 0.6 })], 0.5);

        Assert.Equal(0.2, fit.Lambda, 1);
        for (var i = 0; i < m.Length; i++)
        {
            Assert.InRange(fit.M[i][0], m[i] - 0.03, m[i] + 0.03);
            Assert.InRange(fit.U[i][0], u[i] - 0.03, u[i] + 0.03);
        }
    }

    [Fact]
    public void A_shipped_weights_version_says_when_and_from_what_it_was_estimated()
    {
        var weights = MatchWeights.Load(MatchingModel.DefaultWeights);

        Assert.Equal(MatchingModel.DefaultWeights, weights.Version);
        Assert.True(weights.EstimatedAt > new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.False(string.IsNullOrWhiteSpace(weights.DataSource));
        Assert.False(string.IsNullOrWhiteSpace(weights.Method));
        if (weights.Iterations == 0)
        {
            // Not estimated: the file must not pretend it was fitted to data.
            Assert.Equal(0, weights.CandidatePairs);
            Assert.StartsWith("none", weights.DataSource, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(weights.Thresholds.Link > weights.Thresholds.Review);
        Assert.NotNull(weights.LinkRequires);
        Assert.All(weights.Comparisons.SelectMany(c => c.Levels), l => Assert.True(l.M > 0 && l.U > 0));
        Assert.Contains(weights.Comparisons, c => c.Name == "name" && c.Levels.Any(l => l.Weight > 5));
    }
}
