using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>m and u of one comparison level: how often records of one person, and of two people, agree at it.</summary>
public sealed record LevelWeights(string Level, double M, double U)
{
    /// <summary>log2(m/u): the bits of evidence this level gives for "same person".</summary>
    [JsonIgnore]
    public double Weight => Math.Log2(M / U);
}

public sealed record ComparisonWeights(string Name, IReadOnlyList<LevelWeights> Levels);

/// <summary>Total score (bits) at or above which a pair is linked, and at or above which it is queued for an analyst.</summary>
public sealed record MatchThresholds(double Link, double Review);

/// <summary>
/// What a link needs besides a high enough total, as a careful analyst would. Full names that agree word for
/// word (at <see cref="FullNameLevel"/> or stronger) need nothing else unless the rest counts against them
/// by more than <see cref="FullNameOtherBits"/>: two reports of one rare full name are one man, and how rare
/// it is, the total already weighs. Names that agree only through a variant, a dropped word or an initial
/// (up to <see cref="NameLevel"/>) need <see cref="OtherBits"/> from something else (a birth date, an
/// identifier, a place). A one-word name, a name that only partly agrees, a single word each that differ (up to <see cref="WeakNameLevel"/>)
/// or no name on one side needs <see cref="WeakNameUncontradictedBits"/> from the rest when no identifier
/// disagrees, as a full birth date and one more agreement give, and <see cref="WeakNameOtherBits"/> when one
/// does: a bare surname with the birth date and email of a fuller record is that man; brothers
/// sharing a family name and an address are not. Names that disagree never link.
/// </summary>
public sealed record LinkRequirements(int FullNameLevel, double FullNameOtherBits, int NameLevel, double OtherBits, int WeakNameLevel, double WeakNameOtherBits, double WeakNameUncontradictedBits);

/// <summary>
/// Bounds on the term-frequency adjustment: a name's commonness may take away at most
/// <see cref="MaxDown"/> bits and a rare name add at most <see cref="MaxUp"/>, because frequencies seen
/// early on, or of a name only one family carries, are noisy.
/// </summary>
public sealed record TermFrequencySettings(double MaxDown, double MaxUp);

/// <summary>
/// A versioned, estimated scoring model: the Fellegi–Sunter m and u of every comparison level, learnt by
/// expectation–maximisation from the data named in <see cref="DataSource"/>, the prior share of matches
/// among candidate pairs, and the policy thresholds of the three bands.
/// </summary>
public sealed record MatchWeights
{
    public required string Version { get; init; }
    public required DateTimeOffset EstimatedAt { get; init; }
    public required string DataSource { get; init; }
    public required string Method { get; init; }
    public required long CandidatePairs { get; init; }
    public required int Iterations { get; init; }
    /// <summary>
    /// The share of mentions whose person is already known, as EM estimates it. The prior odds that a
    /// mention is of one particular known entity are then known / (1 − known) / entities: one man among
    /// many is less likely the more entities there are, which is why the same evidence that links in a
    /// thousand entities may only be worth a review among a million.
    /// </summary>
    public required double KnownShare { get; init; }

    /// <summary>The fewest entities the prior assumes, so an almost empty store does not link on little evidence.</summary>
    public required int PopulationFloor { get; init; }

    /// <summary>The prior log-odds, in bits, that a mention is of one given entity among <paramref name="entities"/>.</summary>
    public double PriorBits(long entities) => Math.Log2(KnownShare / (1 - KnownShare)) - Math.Log2(Math.Max(entities, PopulationFloor));
    public required MatchThresholds Thresholds { get; init; }
    public required TermFrequencySettings TermFrequency { get; init; }
    public required IReadOnlyList<ComparisonWeights> Comparisons { get; init; }

    /// <summary>What a link needs besides its total; none when absent.</summary>
    public LinkRequirements? LinkRequires { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>A model shipped inside this assembly, such as "person-v3".</summary>
    public static MatchWeights Load(string version)
    {
        using var stream = typeof(MatchWeights).Assembly.GetManifestResourceStream($"Intel.EntityResolution.Matching.Weights.{version}.json")
            ?? throw new ArgumentException($"No weights named {version} are embedded.", nameof(version));
        return Read(stream);
    }

    public static MatchWeights Read(Stream json) =>
        JsonSerializer.Deserialize<MatchWeights>(json, Json) ?? throw new JsonException("The weights file is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
