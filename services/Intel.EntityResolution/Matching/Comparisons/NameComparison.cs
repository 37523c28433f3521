namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// Names and aliases, best pair of the two records' names. The levels separate what a scribe does
/// (transliteration, word order, a dropped father's name, a typo) from what a different person looks
/// like (a word in each name with no counterpart in the other: another given or family name).
/// </summary>
public sealed class NameComparison : IComparison
{
    public const string Different = "different";

    // Frequencies speak only for names that agree word for word (the shorter within the longer): when
    // other words disagree, a rare shared word is no sign of the same man.
    private const int LastFrequencyLevel = 5;
    private const int OneWordLevel = 7;

    public string Name => "name";

    public Scoring.FrequencyField Frequency => Scoring.FrequencyField.NameWord;

    public IReadOnlyList<string> Levels { get; } =
    [
        "identical",      // 0 the same words as written, in the same order
        "exact-key",      // 1 the same skeletons in the same order: transliterations of one name
        "same-words",     // 2 the same skeletons in another order
        "similar-high",   // 3 words aligned at Jaro-Winkler 0.92 on average: a typo or two
        "subset",         // 4 the shorter name (two or more words) is inside the longer, first words agreeing
        "subset-shifted", // 5 inside the longer, but its first word is another word there ("Goran Barzani" in "Ali Goran Barzani")
        "similar",        // 6 aligned at 0.80 with no word disagreeing: typos in several words
        "one-word",       // 7 a one-word name (a surname alone, a kunya) found in the other name
        "partial",        // 8 a word in common, but each name has a word the other lacks
        Different,        // 9
    ];

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        if (first.Names.Count == 0 || second.Names.Count == 0)
        {
            return ComparisonOutcome.Absent;
        }
        var (bestLevel, bestOverall) = (int.MaxValue, -1.0);
        var (bestA, bestB) = (first.Names[0], second.Names[0]);
        foreach (var a in first.Names)
        {
            foreach (var b in second.Names)
            {
                var (level, overall) = Level(a, b);
                if (level < bestLevel || (level == bestLevel && overall > bestOverall))
                {
                    (bestLevel, bestOverall, bestA, bestB) = (level, overall, a, b);
                }
            }
        }
        if (bestLevel is not (<= LastFrequencyLevel or OneWordLevel))
        {
            return new ComparisonOutcome(bestLevel);
        }
        // The words agreed on, as the other record writes them: a typo in this record does not make its
        // word look rare, nor drop it from the count.
        var agreed = new List<string>(4);
        TokenAlignment.Align(bestA.Tokens, bestB.Tokens, agreed);
        return new ComparisonOutcome(bestLevel, agreed);
    }

    private static (int Level, double Overall) Level(PersonName a, PersonName b)
    {
        var oneWord = a.Tokens.Length < 2 || b.Tokens.Length < 2;
        // Equal keys first: they are cheap, and the alignments below are most of the cost of scoring.
        if (!oneWord && a.Words.SequenceEqual(b.Words))
        {
            return (0, 1);
        }
        if (!oneWord && a.Tokens.SequenceEqual(b.Tokens))
        {
            return (1, 1);
        }
        if (!oneWord && a.OrderKey == b.OrderKey)
        {
            return (2, 1);
        }
        // Skeletons forgive vowels and scripts; written words forgive a typo that moved a skeleton.
        var skeletons = TokenAlignment.Align(a.Tokens, b.Tokens);
        var written = TokenAlignment.Align(a.Words, b.Words);
        var overall = Math.Max(skeletons.Overall, written.Overall);
        if (oneWord)
        {
            // A one-word name says little even when it agrees: never the levels learnt from full names.
            return (Math.Max(skeletons.Cover, written.Cover) >= 0.92 ? OneWordLevel : overall >= 0.60 ? 8 : 9, overall);
        }
        var level = overall >= 0.92 ? 3
            : IsSubset(skeletons) || IsSubset(written) ? (SameFirstWord(a, b) ? 4 : 5)
            : overall >= 0.80 && !(skeletons.Conflicting && written.Conflicting) ? 6
            : skeletons.UnmatchedFirst < a.Tokens.Length || written.UnmatchedFirst < a.Words.Length ? 8
            : 9;
        return (level, overall);
    }

    private static bool IsSubset(Alignment alignment) => alignment.Cover >= 0.92 && alignment.ShorterCount >= 2;

    // The given name comes first in Arabic and Kurdish names; a report written surname first uses a
    // comma ("Barzani, Mohammed"), which the record has already turned round.
    private static bool SameFirstWord(PersonName a, PersonName b) =>
        JaroWinkler.Similarity(a.Tokens[0], b.Tokens[0]) >= TokenAlignment.SameWord
        || (a.Words.Length > 0 && b.Words.Length > 0 && JaroWinkler.Similarity(a.Words[0], b.Words[0]) >= TokenAlignment.SameWord);
}
