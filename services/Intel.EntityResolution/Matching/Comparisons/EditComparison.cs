namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>A code such as a postcode: the same, one keying slip apart, or different.</summary>
public sealed class EditComparison(string name, Func<PersonRecord, string?> value) : IComparison
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Levels { get; } = ["same", "one-edit", "different"];

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        var (a, b) = (value(first), value(second));
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return ComparisonOutcome.Absent;
        }
        return new(a == b ? 0 : Edits.AtMostOne(a, b) ? 1 : 2);
    }
}
