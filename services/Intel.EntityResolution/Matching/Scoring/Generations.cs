using Intel.EntityResolution.Matching.Comparisons;
using Intel.EntityResolution.Matching.Names;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>
/// Whether two sets of reports name a father and his son: a name of one with a generational suffix against a name of the
/// other with another (junior and senior, II and III), the two names otherwise one. An entity one report calls a junior is
/// a junior under every name it was reported by, however alike a report that left the suffix out names him and his father;
/// a junior's alias against an unrelated senior's says nothing.
/// </summary>
public static class Generations
{
    public static bool Apart(IReadOnlyList<PersonRecord> first, IReadOnlyList<PersonRecord> second)
    {
        // Indexed, not enumerated: this runs for every candidate scored.
        for (var i = 0; i < first.Count; i++)
        {
            if (Apart(first[i], second))
            {
                return true;
            }
        }
        return false;
    }

    public static bool Apart(PersonRecord record, IReadOnlyList<PersonRecord> members)
    {
        for (var n = 0; n < record.Names.Count; n++)
        {
            var name = record.Names[n];
            if (name.Generation is null)
            {
                continue;
            }
            for (var m = 0; m < members.Count; m++)
            {
                var names = members[m].Names;
                for (var o = 0; o < names.Count; o++)
                {
                    if (NameTitles.OtherGeneration(name.Generation, names[o].Generation)
                        && NameComparison.Level(NameAlignment.Of(name, names[o])) <= NameComparison.LastAgreeingLevel)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
