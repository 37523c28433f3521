using Intel.EntityResolution.Matching.Names;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// Names and aliases, the best pair of the two records' names. The levels separate what a scribe does
/// (transliteration, word order, a dropped father's name, a typo, a nickname, an initial) from what a
/// different person looks like (a word in each name with no counterpart in the other: another given or
/// family name, as brothers have). A one-word name says little even when it agrees.
/// </summary>
public sealed class NameComparison : IComparison
{
    public const string Different = "different";

    /// <summary>Levels at which the names agree word for word, one possibly shorter: the levels a link may rest on.</summary>
    public const int LastAgreeingLevel = 5;

    /// <summary>The last level at which every word of both names is matched, some by a typo, a nickname or an initial.</summary>
    public const int InitialsLevel = 3;

    /// <summary>Every word matched, some by a typo or a nickname, or the same letters with a space moved.</summary>
    public const int VariantLevel = 2;

    /// <summary>A shorter name whose missing words its holder's email spells: "Maya" using mcurtis53@… against "Maya Curtis".</summary>
    public const int CompletedByEmailLevel = 6;

    /// <summary>A one-word name whose holder's email puts the other name's missing word's initial beside it: "Zachary" using zacharyw50@….</summary>
    public const int InitialledByEmailLevel = 7;

    public const int OneWordLevel = 8;

    public const int PartialLevel = 9;

    public const int OneWordEachLevel = 10;

    public const int DifferentLevel = 11;

    /// <summary>A weakly matched word is this many times likelier by chance than the word itself (in <see cref="ComparisonOutcome.FrequencyTokens"/>).</summary>
    public const string WeakPrefix = "~";

    public string Name => "name";

    public Scoring.FrequencyField Frequency => Scoring.FrequencyField.NameWord;

    public IReadOnlyList<string> Levels { get; } =
    [
        "exact",          // 0 every word the same or transliterated, in the same order
        "reordered",      // 1 every word the same or transliterated, in another order
        "variant",        // 2 every word matched, some by a typo or a nickname
        "initials",       // 3 every word matched, some by an initial
        "subset",         // 4 the shorter name (two words or more) all inside the longer: a dropped middle or father's name
        "subset-variant", // 5 the same with typos, nicknames or initials
        "completed-by-email", // 6 a one-word name whose holder's email spells the other name's remaining words
        "initialled-by-email", // 7 the same with the missing word's initial beside the one word in the email, as "Zachary W." writes it
        "one-word",       // 8 a one-word name (a surname alone, a kunya) found in the other name
        "partial",        // 9 words in common, but each name has a word the other lacks
        "one-word-each",  // 10 a single word each, not the same: a given name alone against a family name alone
        Different,        // 11
    ];

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        if (first.Names.Count == 0 || second.Names.Count == 0)
        {
            return ComparisonOutcome.Absent;
        }
        var (bestLevel, bestMatched, bestFirst, bestSecond) = (int.MaxValue, -1, 0, 0);
        NameAlignment best = default;
        // Indexed, not enumerated: this runs for every member of every candidate, and an interface's enumerator is an allocation.
        for (var i = 0; i < first.Names.Count; i++)
        {
            for (var j = 0; j < second.Names.Count; j++)
            {
                var alignment = NameAlignment.Of(first.Names[i], second.Names[j]);
                // A junior and a senior of one name are a son and his father: each name has a word the other lacks, as brothers'
                // do, so only what one of them alone holds (a passport, a birth date) can tie them.
                var level = NameTitles.OtherGeneration(first.Names[i].Generation, second.Names[j].Generation) ? Math.Max(PartialLevel, Level(alignment)) : Level(alignment);
                if (level < bestLevel || (level == bestLevel && alignment.Matched > bestMatched))
                {
                    (bestLevel, bestMatched, best, bestFirst, bestSecond) = (level, alignment.Matched, alignment, i, j);
                }
            }
        }
        if (bestLevel > VariantLevel && SpaceMoved(first, second) is var (slipped, other))
        {
            // Weighed as a name whose every word matched only by a slip, by whichever of the two names is the commoner: the
            // slipped one's words are rare for being misspelt, so "Mohamme Dali Hassan" weighs as little as "Mohammed Ali Hassan".
            return new ComparisonOutcome(VariantLevel, [.. slipped.Tokens.Select(t => WeakPrefix + t), Scoring.TermFrequencies.Either, .. other.Tokens.Select(t => WeakPrefix + t)]);
        }
        if (bestLevel == OneWordLevel)
        {
            var completion = EmailNames.Complete(first, first.Names[bestFirst], second, second.Names[bestSecond]);
            if (completion != EmailCompletion.None)
            {
                return new ComparisonOutcome(completion == EmailCompletion.Spelled ? CompletedByEmailLevel : InitialledByEmailLevel);
            }
        }
        if (bestLevel > OneWordLevel)
        {
            return new ComparisonOutcome(bestLevel);
        }
        return new ComparisonOutcome(bestLevel, best.FrequencyTokens(WeakPrefix));
    }

    // "Lauren Tnkunda" for "Laurent Nkunda", "Myongc-hin" for "Myong-chin": a slip of the space bar, the same letters in
    // the same order with a word boundary moved. Only between names of two words or more, none a lone letter (A Li is not
    // Ali, nor A B Khan Ab Khan), written in Latin letters: Arabic and Hebrew script leave short vowels out, so a space
    // moved there often spells another real name (علي احمد, Ali Ahmad; عليا حمد, Alia Hamad). Names of other generations
    // are not one name, however written.
    private static (PersonName, PersonName)? SpaceMoved(PersonRecord first, PersonRecord second)
    {
        for (var i = 0; i < first.Names.Count; i++)
        {
            for (var j = 0; j < second.Names.Count; j++)
            {
                var (a, b) = (first.Names[i], second.Names[j]);
                if (SameLetters(a.Words, b.Words) && Splittable(a) && Splittable(b) && !NameTitles.OtherGeneration(a.Generation, b.Generation))
                {
                    return (a, b);
                }
            }
        }
        return null;
    }

    /// <summary>Whether a space moved in the name would be read as a slip: two words or more of Latin letters, none a lone letter.</summary>
    public static bool Splittable(PersonName name)
    {
        // Written in Latin letters: a name romanised from Hebrew or Arabic script has lost its short vowels.
        if (name.Words.Length < 2 || !Romanisation.IsLatin(name.Written))
        {
            return false;
        }
        foreach (var word in name.Words)
        {
            if (word.Length < 2)
            {
                return false;
            }
            foreach (var letter in word)
            {
                if (!char.IsAsciiLetterLower(letter))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool SameLetters(string[] first, string[] second)
    {
        var (i, j, x, y) = (0, 0, 0, 0);
        while (i < first.Length && j < second.Length)
        {
            if (x == first[i].Length)
            {
                (i, x) = (i + 1, 0);
                continue;
            }
            if (y == second[j].Length)
            {
                (j, y) = (j + 1, 0);
                continue;
            }
            if (first[i][x++] != second[j][y++])
            {
                return false;
            }
        }
        while (i < first.Length && x == first[i].Length)
        {
            (i, x) = (i + 1, 0);
        }
        while (j < second.Length && y == second[j].Length)
        {
            (j, y) = (j + 1, 0);
        }
        return i == first.Length && j == second.Length;
    }

    public static int Level(NameAlignment a)
    {
        // A word run together ("Ramimakhlouf") stands for the two it joins.
        var shorter = Math.Min(a.CountFirst, a.CountSecond) + a.Joined;
        if (a.Matched == 0)
        {
            // Two single words that differ contradict nothing: each report may have given a different part of one name.
            return a.CountFirst == 1 && a.CountSecond == 1 && a.Joined == 0 ? OneWordEachLevel : DifferentLevel;
        }
        if (shorter < 2)
        {
            return a.Strong + a.Weak > 0 && (a.UnmatchedFirst == 0 || a.UnmatchedSecond == 0) ? OneWordLevel : DifferentLevel;
        }
        if (a.UnmatchedFirst > 0 && a.UnmatchedSecond > 0)
        {
            return PartialLevel;
        }
        if (a.Matched < 2)
        {
            return PartialLevel;
        }
        var all = a.UnmatchedFirst == 0 && a.UnmatchedSecond == 0;
        var plain = a.Weak == 0 && a.Initials == 0;
        return (all, plain) switch
        {
            (true, true) => a.InOrder ? 0 : 1,
            (true, false) => a.Initials == 0 ? 2 : a.Strong + a.Weak > 0 ? 3 : PartialLevel,
            (false, true) => 4,
            _ => a.Strong + a.Weak > 0 ? 5 : PartialLevel,
        };
    }
}
