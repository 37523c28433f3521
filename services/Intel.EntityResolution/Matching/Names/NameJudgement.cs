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
        var outcome = new NameComparison().Compare(new PersonRecord { Id = 1, Names = [a] }, new PersonRecord { Id = 2, Names = [b] });
        return outcome.Level is >= 0 and <= 4 or 7;
    }
}
