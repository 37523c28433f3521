namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// The level at which two records agree on one attribute, or <see cref="Absent"/> when either lacks it
/// (a missing value is no evidence either way). <see cref="FrequencyTokens"/> are the values they agreed
/// on exactly, so a common value can be made to count less than a rare one.
/// </summary>
public readonly record struct ComparisonOutcome(int Level, IReadOnlyList<string>? FrequencyTokens = null)
{
    public const int AbsentLevel = -1;
    public static readonly ComparisonOutcome Absent = new(AbsentLevel);
    public bool IsAbsent => Level < 0;
}

/// <summary>
/// One attribute's comparison: discrete levels, strongest agreement first, each of which gets its
/// own learnt weight. Levels rather than a raw similarity keep every decision explainable.
/// </summary>
public interface IComparison
{
    string Name { get; }

    IReadOnlyList<string> Levels { get; }

    /// <summary>Which counted values <see cref="ComparisonOutcome.FrequencyTokens"/> are, if any.</summary>
    Scoring.FrequencyField Frequency => Scoring.FrequencyField.None;

    ComparisonOutcome Compare(PersonRecord first, PersonRecord second);
}
