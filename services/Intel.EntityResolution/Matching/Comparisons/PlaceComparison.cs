using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// The towns two records tie the person to, compared as localities: every town of one against every town of
/// the other, at the best level any two reach. One report names a man's birthplace and where he lives, another
/// only where he lives; the first place of each alone would call one man's two towns a disagreement. Places with a
/// number are addresses, compared by <see cref="AddressComparison"/>: a town against a postcode is no disagreement.
/// Two towns written in two scripts (أربيل, Erbil) are left out: letters compared across scripts would call every
/// such pair different, and a town's agreement is weighed as if towns were many, where a feed about one region's
/// routes names few, so reading them as one town costs more precision than it wins.
/// </summary>
public sealed class PlaceComparison(string name) : IComparison
{
    private const int Unknown = int.MaxValue;

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
                var (a, b) = (At(first, i), At(second, j));
                best = Romanisation.IsLatin(a) == Romanisation.IsLatin(b) ? Math.Min(best, TextComparison.Level(a, b)) : best;
            }
        }
        return best == Unknown ? ComparisonOutcome.Absent : new(best);
    }

    // A record's linked places, then its address's locality (a record-linkage yardstick's, or a mention stored before places were kept).
    private static int Count(PersonRecord record) => record.Places.Count + (string.IsNullOrEmpty(record.Address?.Locality) ? 0 : 1);

    private static string At(PersonRecord record, int index) => index < record.Places.Count ? record.Places[index] : record.Address!.Locality!;
}
