namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// The addresses two records tie the person to (a linked place with a number: a postcode, a house in a street),
/// every one of one against every one of the other at the best level any two reach. An address is a household,
/// so the same one is strong evidence where a town is weak, however its words are ordered or abbreviated
/// (<see cref="AddressForms"/>); one that lies within the other (it leaves out the town or the flat) is likely the same;
/// one character off ("wr117qp", "wr117qw") is as likely the neighbour's as a slip; a different one says little, since people move and reports are years apart. An address
/// many entities are reported at (a hostel, a safe house, a lawyer's office) is counted as an identifier is, and
/// weighs as little as its holders make it.
/// </summary>
public sealed class AddressComparison : IComparison
{
    public const string Comparison = "address";

    public string Name => Comparison;

    public IReadOnlyList<string> Levels { get; } = ["same", "within", "one-edit", "different"];

    public Scoring.FrequencyField Frequency => Scoring.FrequencyField.Identifier;

    /// <summary>How an address is counted among identifiers and indexed among blocking keys (<c>i:address:…</c>).</summary>
    public static string Key(string address) => $"{Comparison}:{AddressForms.Key(address)}";

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        if (first.Addresses.Count == 0 || second.Addresses.Count == 0)
        {
            return ComparisonOutcome.Absent;
        }
        var best = Levels.Count - 1;
        for (var i = 0; i < first.Addresses.Count; i++)
        {
            for (var j = 0; j < second.Addresses.Count; j++)
            {
                var (a, b) = (first.Addresses[i], second.Addresses[j]);
                var (keyA, keyB) = (AddressForms.Key(a), AddressForms.Key(b));
                if (keyA == keyB || AddressForms.SameWords(a, b))
                {
                    return new(0, [Key(a)]);
                }
                best = Math.Min(best, AddressForms.Within(a, b) ? 1 : Edits.AtMostOne(keyA, keyB) ? 2 : best);
            }
        }
        return new(best);
    }
}
