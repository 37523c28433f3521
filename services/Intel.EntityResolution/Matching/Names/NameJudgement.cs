using Intel.EntityResolution.Matching.Comparisons;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// Whether two written names can be one person's name, as the person comparison judges them: the same
/// name model, without birth dates or identifiers. Used to score name and transliteration pairs.
/// </summary>
public static class NameJudgement
{
    public static bool SameName(string first, string second)
    {
        var (a, b) = (PersonRecords.Name(first), PersonRecords.Name(second));
        if (a is null || b is null)
        {
            return false;
        }
        var alignment = NameAlignment.Of(a, b);
        var level = NameComparison.Level(alignment);
        // Two single words (a given name alone, a word of a name, a Han run read as one) are the same name when they match at all.
        return level <= NameComparison.LastAgreeingLevel || (level == NameComparison.OneWordLevel && alignment.CountFirst == 1 && alignment.CountSecond == 1);
    }
}
