using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// Why the engine decided as it did: the score in bits against the entity, the confidence after competing
/// entities, the band, the weights version, each comparison's level and contribution, and when a pair
/// scored enough to link but was not, why (<see cref="Held"/>: "nothing but the name agrees", and its
/// <see cref="HeldReasons"/> code in <see cref="HeldReason"/>, which the console shows in the analyst's language;
/// explanations stored before the code was kept have the sentence alone).
/// </summary>
public sealed record MatchExplanation(
    double Total, double Confidence, string Band, string WeightsVersion, double Prior, IReadOnlyList<ComparisonContribution> Comparisons,
    string? Held = null, string? HeldReason = null)
{
    public static MatchExplanation Of(MatchScore score, double confidence) =>
        new(Math.Round(score.Total, 3), double.IsFinite(confidence) ? Math.Round(confidence, 3) : score.Total, score.Band.ToString().ToLowerInvariant(),
            score.WeightsVersion, Math.Round(score.Prior, 3), score.Comparisons, score.Held, score.HeldReason);

    /// <summary>The match probability, 2^total / (1 + 2^total), as shown beside a mention.</summary>
    public double Probability => Math.Round(1 / (1 + Math.Pow(2, -Total)), 4);
}
