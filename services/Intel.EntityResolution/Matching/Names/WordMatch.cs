using Intel.EntityResolution.Matching.Comparisons;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>How two words of two names correspond, strongest first.</summary>
public enum WordMatch
{
    /// <summary>The same word as written.</summary>
    Exact,
    /// <summary>The same skeleton: one word transliterated two ways or written in two scripts.</summary>
    Transliteration,
    /// <summary>A keying slip: one or two letters changed, added, dropped or swapped.</summary>
    Typo,
    /// <summary>A nickname or diminutive of the other (Bob, Robert).</summary>
    Nickname,
    /// <summary>An initial standing for the other (J, Joachim).</summary>
    Initial,
    None,
}

public static class WordMatches
{
    /// <summary>
    /// What a word pair is: the written forms first, then skeletons, then the lexicon; a Cyrillic or Arabic
    /// word against a Latin one also by how Russian and Arabic transcribe foreign sounds.
    /// </summary>
    public static WordMatch Of(string writtenA, string skeletonA, string writtenB, string skeletonB)
    {
        var spelled = Spelled(Transcriptions.Spelled(writtenA), skeletonA, Transcriptions.Spelled(writtenB), skeletonB);
        return spelled <= WordMatch.Transliteration || Transcriptions.Of(writtenA, writtenB) is not { } heard || heard >= spelled ? spelled : heard;
    }

    // Cyrillic words compare here in their romanisation, so a Latin spelling one letter from it is a typo.
    private static WordMatch Spelled(string writtenA, string skeletonA, string writtenB, string skeletonB)
    {
        if (writtenA == writtenB)
        {
            return WordMatch.Exact;
        }
        var (scriptA, scriptB) = (Script(writtenA), Script(writtenB));
        var latin = scriptA == WordScript.Latin && scriptB == WordScript.Latin;
        if (latin && (writtenA.Length == 1 || writtenB.Length == 1))
        {
            return writtenA[0] == writtenB[0] || (writtenA.Length == 1 ? Nicknames.InitialMayStandFor(writtenA[0], writtenB) : Nicknames.InitialMayStandFor(writtenB[0], writtenA))
                ? WordMatch.Initial
                : WordMatch.None;
        }
        // Two Han writings are one name only character for character: each character is its own word.
        if (scriptA == WordScript.Syllabic && scriptB == WordScript.Syllabic)
        {
            return WordMatch.None;
        }
        // Skeletons drop vowels because Arabic script does not write them; two Latin spellings of one name
        // (Mohammed, Muhammad) still read alike, or put their vowels in the same places (Mihemed), while Barron and
        // Browne, or Thompson and Simpson, do neither.
        if (skeletonA == skeletonB && (!latin || JaroWinkler.Similarity(writtenA, writtenB) >= 0.8 || VowelPattern.Same(writtenA, writtenB)))
        {
            return WordMatch.Transliteration;
        }
        // A foreign name transcribed in Han characters: its syllables against the Latin spelling's sounds.
        if (HanAgainstLatin(writtenA, scriptA, writtenB, scriptB) is { } transcribed)
        {
            return transcribed;
        }
        if (scriptA == scriptB && IsTypo(writtenA, writtenB))
        {
            return WordMatch.Typo;
        }
        if (latin && Nicknames.Equivalent(writtenA, writtenB))
        {
            return WordMatch.Nickname;
        }
        // Arabic script writes the article onto a word ("ألبان", Alban, read "al-Ban"): across scripts a
        // leading "al" on either side is optional.
        if (scriptA != scriptB && (ArticleOf(skeletonA, skeletonB) || ArticleOf(skeletonB, skeletonA)))
        {
            return WordMatch.Transliteration;
        }
        // Across scripts only the skeletons compare: one consonant apart is a transliteration heard otherwise.
        // Within one script only long skeletons: short ones one apart are other names (Mohamed, Ahmed).
        var shorter = Math.Min(skeletonA.Length, skeletonB.Length);
        var allowed = shorter >= 7 ? 2 : 1;
        return shorter >= (scriptA == scriptB ? 6 : 3) && skeletonA[0] == skeletonB[0] && Edits.Distance(skeletonA, skeletonB, allowed) <= allowed
            ? WordMatch.Typo
            : WordMatch.None;
    }

    // One slip in a word of four letters or more, two in one of eight or more (six when it begins alike); a three-letter word only a
    // substitution after its first letter, so "Ali" and "Adi" stay apart while "Alen" is "Allen".
    private static bool IsTypo(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 3)
        {
            return false;
        }
        var allowed = shorter >= 8 || (shorter >= 6 && a[0] == b[0]) ? 2 : 1;
        return shorter >= 4 ? Edits.Distance(a, b, allowed) <= allowed || Scrambled(a, b) : a.Length == b.Length && Edits.Distance(a, b, 1) <= 1 && a[0] == b[0];
    }

    // A copyist's slip beyond an adjacent swap ("Guhhes", "Fosia"): the same letters, most in place. Mahdi and Hamid, or
    // Nadia and Diana, share their letters too but move most of them: other names, not a slip.
    private static bool Scrambled(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 5)
        {
            return false;
        }
        var inPlace = 0;
        for (var i = 0; i < a.Length; i++)
        {
            inPlace += a[i] == b[i] ? 1 : 0;
        }
        if (inPlace * 2 <= a.Length)
        {
            return false;
        }
        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        a.AsSpan().CopyTo(x);
        b.AsSpan().CopyTo(y);
        x.Sort();
        y.Sort();
        return x.SequenceEqual(y);
    }

    // A single character is a Chinese syllable, read by its pinyin alone: only a run of them can transcribe a foreign name, and
    // one syllable's key is too short for its sounds to tell Wei from Wang.
    private static WordMatch? HanAgainstLatin(string writtenA, WordScript scriptA, string writtenB, WordScript scriptB) => (scriptA, scriptB) switch
    {
        (WordScript.Syllabic, WordScript.Latin) when writtenA.Length > 1 && HanSounds.IsHan(writtenA) => HanTranscription.Of(writtenA, writtenB),
        (WordScript.Latin, WordScript.Syllabic) when writtenB.Length > 1 && HanSounds.IsHan(writtenB) => HanTranscription.Of(writtenB, writtenA),
        _ => null,
    };

    // Whether one skeleton is the other with "al" before it; compared in place, as it runs for every cross-script word pair.
    private static bool ArticleOf(string withArticle, string skeleton) =>
        withArticle.Length >= 4 && withArticle.StartsWith("al", StringComparison.Ordinal) && withArticle.AsSpan(2).SequenceEqual(skeleton);

    private enum WordScript { Latin, Arabic, Syllabic, Other }

    private static WordScript Script(string word) =>
        word.Length == 0 || word[0] < '\u0250' ? WordScript.Latin
        : Intel.Standardisation.ArabicScript.IsArabic(word[0]) ? WordScript.Arabic
        : Intel.Standardisation.Romanisation.IsSyllabic(word) ? WordScript.Syllabic
        : WordScript.Other;
}
