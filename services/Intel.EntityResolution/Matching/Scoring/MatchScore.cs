using System.Globalization;
using System.Text;

namespace Intel.EntityResolution.Matching.Scoring;

public enum MatchBand
{
    /// <summary>Below the review threshold: different people.</summary>
    Separate,
    /// <summary>Between the thresholds: an analyst decides.</summary>
    Review,
    /// <summary>At or above the link threshold: the same person.</summary>
    Link,
}

/// <summary>
/// What one comparison contributed: the level the pair reached, its learnt weight log2(m/u), and the
/// term-frequency adjustment for how common the agreeing value is, and the record it was compared with
/// (against a cluster, the member that agreed best). An absent comparison contributes 0.
/// </summary>
public sealed record ComparisonContribution(string Comparison, string Level, double Weight, double FrequencyAdjustment, long? Against)
{
    public double Contribution => Weight + FrequencyAdjustment;
}

/// <summary>
/// A pair's score in bits of evidence, explained: the prior log-odds of a candidate pair being a match,
/// then every comparison's contribution. <see cref="Total"/> is their sum, the posterior log-odds.
/// </summary>
public sealed record MatchScore(
    double Total, double Prior, IReadOnlyList<ComparisonContribution> Comparisons, MatchBand Band, string WeightsVersion, string? HeldReason = null)
{
    /// <summary>Why a pair that scored enough to link is only reviewed, in English; null when it is not held.</summary>
    public string? Held => HeldReason is null ? null : HeldReasons.Text(HeldReason);

    /// <summary>The match probability the model assigns, 2^total / (1 + 2^total).</summary>
    public double Probability => 1 / (1 + Math.Pow(2, -Total));

    /// <summary>One line per comparison that contributed: "name same-words +7.20 (frequency -1.50)".</summary>
    public IReadOnlyList<string> Reasons =>
        [.. Comparisons.Where(c => c.Level != Absent).Select(c => c.FrequencyAdjustment == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{c.Comparison} {c.Level} {c.Contribution:+0.00;-0.00}")
            : string.Create(CultureInfo.InvariantCulture, $"{c.Comparison} {c.Level} {c.Contribution:+0.00;-0.00} (frequency {c.FrequencyAdjustment:+0.00;-0.00})")),
         .. Held is null ? Array.Empty<string>() : [$"not linked: {Held}"]];

    public const string Absent = "absent";

    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{Band} {Total:+0.00;-0.00} bits (prior {Prior:+0.00;-0.00}, {WeightsVersion})"));
        foreach (var reason in Reasons)
        {
            text.Append("; ").Append(reason);
        }
        return text.ToString();
    }
}
