using Intel.EntityResolution.Matching.Names;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// The towns two records tie the person to, compared as localities: every town of one against every town of
/// the other, at the best level any two reach. One report names a man's birthplace and where he lives, another
/// only where he lives; the first place of each alone would call one man's two towns a disagreement. Places with a
/// number are addresses, compared by <see cref="AddressComparison"/>: a town against a postcode is no disagreement.
/// A town he passed through (<see cref="PersonRecord.Whereabouts"/>) may agree, never disagree.
/// A town written in two scripts (أربيل, Erbil) is read as a name is, by <see cref="WordMatches"/>: letters compared
/// across scripts say nothing, so such a pair the name model cannot tell is left out rather than called different.
/// </summary>
public sealed class PlaceComparison(string name) : IComparison
{
    private const int Unknown = int.MaxValue;
    private static readonly int Different = TextComparison.TextLevels.Count - 1;

    public string Name { get; } = name;

    public IReadOnlyList<string> Levels => TextComparison.TextLevels;

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        var (firstCount, secondCount) = (Count(first), Count(second));
        var best = Unknown;
        for (var i = 0; i < firstCount && best > 0; i++)
        {
            for (var j = 0; j < secondCount && best > 0; j++)
            {
                var level = Level(At(first, i), At(second, j));
                // A town he passed through agrees with another report's, but one elsewhere does not disagree: he moved on.
                best = Math.Min(best, level == Different && (Passed(first, i) || Passed(second, j)) ? Unknown : level);
            }
        }
        return best == Unknown ? ComparisonOutcome.Absent : new(best);
    }

    private static int Level(string a, string b)
    {
        if (Latin(a) == Latin(b))
        {
            return TextComparison.Level(a, b);
        }
        var (wordA, wordB) = (PersonNames.Words(a), PersonNames.Words(b));
        if (wordA.Count != 1 || wordB.Count != 1)
        {
            return Unknown;
        }
        return WordMatches.Of(wordA[0].Written, wordA[0].Skeleton, wordB[0].Written, wordB[0].Skeleton) switch
        {
            WordMatch.Exact or WordMatch.Transliteration => 0,
            WordMatch.Typo => 1,
            _ => Unknown,
        };
    }

    // Towns are kept compacted, lower case: a letter beyond Latin's (and its extensions') marks another script.
    private static bool Latin(string town) => town.All(c => c < '\u0250');

    // A record's towns it is from, those it passed through, then its address's locality (a record-linkage yardstick's, or a
    // mention stored before places were kept).
    private static int Count(PersonRecord record) =>
        record.Places.Count + record.Whereabouts.Count + (string.IsNullOrEmpty(record.Address?.Locality) ? 0 : 1);

    private static string At(PersonRecord record, int index) =>
        index < record.Places.Count ? record.Places[index]
        : index - record.Places.Count < record.Whereabouts.Count ? record.Whereabouts[index - record.Places.Count]
        : record.Address!.Locality!;

    private static bool Passed(PersonRecord record, int index) => index >= record.Places.Count && index - record.Places.Count < record.Whereabouts.Count;
}
