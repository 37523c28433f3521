using System.Runtime.InteropServices;

namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>Which values of a record are counted for term-frequency adjustment.</summary>
public enum FrequencyField
{
    None,
    /// <summary>The skeletons of a person's name words ("mhmd", "brzn").</summary>
    NameWord,
    /// <summary>A full date of birth.</summary>
    BirthDate,
}

/// <summary>
/// How many entities carry each name word and each full birth date, from the entities seen so far, so
/// that agreeing on a common value counts less. The learnt u of a level is the chance agreement of a
/// typical pair; for agreement on particular values it is replaced by the chance that another entity
/// carries them all, Π (count − 1) / entities, as Splink does. Entities, not mentions, are counted (the
/// resolver observes a record when it starts a new entity): a man reported ten times does not make his
/// name common. The adjustment is bounded: a count seen among few entities says little about rarity.
/// </summary>
public sealed class TermFrequencies
{
    private readonly Dictionary<string, int> _nameWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _birthDates = new(StringComparer.Ordinal);

    public long Entities { get; private set; }

    /// <summary>Counts read from a store for one resolution (the service keeps them beside its blocking keys).</summary>
    public static TermFrequencies Of(long entities, IEnumerable<(FrequencyField Field, string Value, int Entities)> counts)
    {
        var frequencies = new TermFrequencies { Entities = entities };
        foreach (var (field, value, count) in counts)
        {
            var table = field == FrequencyField.NameWord ? frequencies._nameWords : frequencies._birthDates;
            table[value] = count;
        }
        return frequencies;
    }

    /// <summary>Counts the values of a record that starts a new entity.</summary>
    public void Observe(PersonRecord record)
    {
        Entities++;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in record.Names)
        {
            foreach (var token in name.Tokens)
            {
                if (seen.Add(token))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(_nameWords, token, out _)++;
                }
            }
        }
        if (record.BirthDate is { IsFull: true } date)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_birthDates, date.ToString(), out _)++;
        }
    }

    public int Count(FrequencyField field, string value) => field switch
    {
        FrequencyField.NameWord => _nameWords.GetValueOrDefault(value),
        FrequencyField.BirthDate => _birthDates.GetValueOrDefault(value),
        _ => 0,
    };

    /// <summary>
    /// Bits to add to a level's weight log2(m/u) for agreeing exactly on these values: log2(u / u_values),
    /// where u_values is the share of other entities carrying them all, within the model's bounds. Below
    /// <paramref name="populationFloor"/> entities (the prior's floor) there is no adjustment: among the
    /// first few entities every name looks common, or unseen ones rare, which says nothing about the name.
    /// </summary>
    public double Adjustment(FrequencyField field, IReadOnlyList<string>? values, double levelU, TermFrequencySettings bounds, long populationFloor = 0)
    {
        if (field == FrequencyField.None || values is null || values.Count == 0 || Entities < Math.Max(2, populationFloor))
        {
            return 0;
        }
        var share = 1.0;
        foreach (var value in values)
        {
            // The entity being compared carries the value itself; only the others are chance agreements.
            // Half an entity stands in for "none other seen", which bounds the estimate for rare values.
            share *= Math.Max(Count(field, value) - 1, 0.5) / Entities;
        }
        return Math.Clamp(Math.Log2(levelU / share), bounds.MaxDown, bounds.MaxUp);
    }
}
