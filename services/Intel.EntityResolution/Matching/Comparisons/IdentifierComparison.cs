using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// One kind of exclusive identifier (documents, national ids, phones, accounts, emails). Holding the same
/// one is strong evidence for; holding different ones of the same scope (two IRQ passports) is evidence
/// against, as strong as the data shows people rarely hold two; a one-character difference is likelier
/// a keying slip. Each kind learns its own weights: a man changes phones more often than passports.
/// Emails are words typed from memory, so two slips in one still read as one address; numbers are issued
/// in sequence, so two digits apart is likelier a neighbour's.
/// </summary>
public sealed class IdentifierComparison(string kind) : IComparison
{
    public string Name { get; } = kind;

    public IReadOnlyList<string> Levels { get; } = ["same", "slip", "different", "other-scope"];

    public Scoring.FrequencyField Frequency => Scoring.FrequencyField.Identifier;

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        var level = int.MaxValue;
        var seenA = false;
        var seenB = false;
        for (var i = 0; i < first.Identifiers.Count; i++)
        {
            var a = first.Identifiers[i];
            if (a.Kind != Name)
            {
                continue;
            }
            seenA = true;
            for (var j = 0; j < second.Identifiers.Count; j++)
            {
                var b = second.Identifiers[j];
                if (b.Kind != Name)
                {
                    continue;
                }
                seenB = true;
                // The same number under another scope (a type left out) is still the same document.
                if (a.Value == b.Value)
                {
                    return new(0, [Scoring.TermFrequencies.IdentifierKey(a)]);
                }
                if (Name == IdentifierKinds.Phone && OneNationalNumber(a.Value, b.Value))
                {
                    return new(0, [Scoring.TermFrequencies.IdentifierKey(a.Value[0] == '+' ? a : b)]);
                }
                var sameScope = a.Scope == b.Scope;
                level = Math.Min(level, sameScope && Slip(a.Value, b.Value) ? 1 : sameScope ? 2 : 3);
            }
        }
        return seenA && seenB ? new(level) : ComparisonOutcome.Absent;
    }

    // A number written nationally with no country to read it by ("07501234567") is the international one it spells the
    // national part of ("+9647501234567"); two international numbers are one only in one country.
    private static bool OneNationalNumber(string a, string b) =>
        (a[0] != '+' || b[0] != '+') && Phones.NationalNumber(a) is { } national && national == Phones.NationalNumber(b);

    private bool Slip(string a, string b) =>
        Name == IdentifierKinds.Email && EmailSlips(Math.Min(a.Length, b.Length)) is var slips and > 1 ? Edits.Distance(a, b, slips) <= slips : Edits.AtMostOne(a, b);

    // Shorter addresses than 12 characters differ in two letters as often by chance as by a slip; longer ones
    // are typed a slip per seven characters or so, which chance rarely imitates.
    private static int EmailSlips(int length) => length < 12 ? 1 : Math.Max(2, length / 7);
}
