namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>An attribute that either agrees or not: nationality, gender, a street number, a state.</summary>
public sealed class ValueComparison(string name, Func<PersonRecord, string?> value) : IComparison
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Levels { get; } = ["same", "different"];

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second) =>
        (value(first), value(second)) switch
        {
            (null or "", _) or (_, null or "") => ComparisonOutcome.Absent,
            var (a, b) => new(string.Equals(a, b, StringComparison.Ordinal) ? 0 : 1),
        };
}
