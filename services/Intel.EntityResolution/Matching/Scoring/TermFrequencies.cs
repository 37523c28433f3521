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
    /// <summary>An identifier ("phone:+9647501234567") or an address ("address:27shorishstreet"): how many entities hold it.</summary>
    Identifier,
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
    private readonly Dictionary<string, int> _identifiers = new(StringComparer.Ordinal);

    // A word matched only by a typo or a nickname: about this many other words would have matched it as well.
    private const double WeakMatchSpread = 8;

    public long Entities { get; private set; }

    /// <summary>Between two readings of one agreement (a name with a space moved, and the name as the other report split it): the commoner counts.</summary>
    public const string Either = "|";

    /// <summary>Counts read from a store for one resolution (the service keeps them beside its blocking keys).</summary>
    public static TermFrequencies Of(long entities, IEnumerable<(FrequencyField Field, string Value, int Entities)> counts)
    {
        var frequencies = new TermFrequencies { Entities = entities };
        foreach (var (field, value, count) in counts)
        {
            frequencies.Table(field)[value] = count;
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
        foreach (var identifier in record.Identifiers.Select(IdentifierKey).Concat(record.Addresses.Select(Comparisons.AddressComparison.Key)).Distinct(StringComparer.Ordinal))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_identifiers, identifier, out _)++;
        }
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>How an identifier is counted, the same key the blocking index counts its entities under.</summary>
    public static string IdentifierKey(RecordIdentifier identifier) => $"{identifier.Kind}:{identifier.Value}";

    public int Count(FrequencyField field, string value) => field == FrequencyField.None ? 0 : Table(field).GetValueOrDefault(value);

    private Dictionary<string, int> Table(FrequencyField field) => field switch
    {
        FrequencyField.NameWord => _nameWords,
        FrequencyField.BirthDate => _birthDates,
        _ => _identifiers,
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
        if (field == FrequencyField.Identifier)
        {
            // An identifier agrees by chance only when others hold it too (a family's handset, a shared
            // address): it then weighs as little as it is exclusive, and never more than its level. One
            // other holder is not counted: it is as likely the same man not yet recognised.
            var others = values.Max(v => Count(field, v)) - 2;
            return others <= 0 ? 0 : Math.Clamp(Math.Log2(levelU * Entities / others), bounds.MaxDown, 0);
        }
        if (field == FrequencyField.NameWord && IndexOf(values, Either) is var either and >= 0)
        {
            return Math.Min(
                Adjustment(field, [.. values.Take(either)], levelU, bounds, populationFloor),
                Adjustment(field, [.. values.Skip(either + 1)], levelU, bounds, populationFloor));
        }
        var (share, seen) = (1.0, false);
        foreach (var value in values)
        {
            // The entity being compared carries the value itself; only the others are chance agreements.
            // Half an entity stands in for "none other seen", which bounds the estimate for rare values.
            var weak = value.StartsWith(Comparisons.NameComparison.WeakPrefix, StringComparison.Ordinal);
            var count = Count(field, weak ? value[1..] : value);
            share *= Math.Min(1, Math.Max(count - 1, 0.5) * (weak ? WeakMatchSpread : 1) / Entities);
            seen |= count > 1;
        }
        var adjustment = Math.Clamp(Math.Log2(levelU / share), bounds.MaxDown, bounds.MaxUp);
        // Values no other entity carries are at least as rare as chance makes them: in a small store the
        // half-entity bound is coarser than the level's own u (one birth date in 20,000) and must not weaken it.
        return seen ? adjustment : Math.Max(adjustment, 0);
    }
}
