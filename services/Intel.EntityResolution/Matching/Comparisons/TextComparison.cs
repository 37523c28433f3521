namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// Free text such as a street or a suburb, spaces ignored ("pridhamstreet" is "pridham street"),
/// in Jaro-Winkler bands.
/// </summary>
public sealed class TextComparison(string name, Func<PersonRecord, string?> value) : IComparison
{
    public string Name { get; } = name;

    /// <summary>The levels free text agrees at, which <see cref="PlaceComparison"/> shares: the weights name them.</summary>
    public static readonly IReadOnlyList<string> TextLevels = ["same", "similar-high", "similar", "different"];

    public IReadOnlyList<string> Levels => TextLevels;

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        var (a, b) = (value(first), value(second));
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return ComparisonOutcome.Absent;
        }
        return new(Level(a, b));
    }

    /// <summary>The level two non-empty texts agree at: same, similar-high, similar or different.</summary>
    public static int Level(string a, string b)
    {
        var similarity = JaroWinkler.Similarity(a, b);
        return similarity >= 1 ? 0 : similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
    }
}
