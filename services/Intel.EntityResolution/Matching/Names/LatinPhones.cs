using static Intel.EntityResolution.Matching.Names.Phone;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// The consonants of a Latin-script word as the European languages whose names Russian and Arabic
/// transcribe read them: a spelling read differently across languages reads as each (ch is English
/// ch, German kh, French sh and Italian k; j is German y, English dzh, French zh and Spanish kh; soft c
/// is s, ts or ch). Marks are already folded away, so s, z and c may be the š, ž and č of Slavic
/// spellings (near sh, zh, ch). Vowels are kept but cost nothing to leave out: Russian renders them too freely,
/// and only Arabic's written long vowels ask for one.
/// </summary>
internal static class LatinPhones
{
    /// <summary>The key of a lower-case ASCII word.</summary>
    public static PhoneKey Key(string word)
    {
        // x inside a word is ks (Alexander, Александр, ألكسندر); at the start it is read below.
        word = word.Length > 1 ? word[0] + word[1..].Replace("x", "ks", StringComparison.Ordinal) : word;
        var sounds = new List<Sound>(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            // Doubled letters are one sound (Anna, Matteo, Zimmerman).
            if (i + 1 < word.Length && word[i] == word[i + 1] && !IsVowel(word, i))
            {
                i++;
                continue;
            }
            var (sound, length) = Read(word, i);
            if (sound is { } s && i + length == word.Length && i > 0 && IsVowel(word, i - 1) && word[i] is 't' or 'd' or 's' or 'x' or 'z')
            {
                // French final t, d, s, x, z are silent (Rataud, Dupuis), and Russian drops Latin -us (Erasmus, Эразм).
                s = s with { Dropped = Math.Min(s.Dropped, 0.5) };
                sound = s;
            }
            if (sound is { } read)
            {
                sounds.Add(read);
            }
            i += length;
        }
        var onset = word.Length == 0 || IsVowel(word, 0) ? Onset.Vowel : word[0] is 'h' or 'w' or 'y' or 'j' ? Onset.Either : Onset.Consonant;
        return new PhoneKey([.. sounds], onset);
    }

    private static (Sound? Sound, int Length) Read(string w, int i)
    {
        if (IsVowel(w, i))
        {
            // A vowel may go unwritten (Arabic short vowels, Cyrillic keys have none), or meet a written long vowel.
            return (new Sound(w[i] switch { 'a' => A, 'e' => E, 'i' or 'y' => I, 'o' => O, _ => U }, None, Dropped: 0), 1);
        }
        var rest = w.AsSpan(i);
        if (rest.StartsWith("tsch") || rest.StartsWith("szcz"))
        {
            return (new Sound(Ch, Sh), 4);
        }
        if (rest.StartsWith("sch") || rest.StartsWith("tch"))
        {
            return (w[i] == 's' ? new Sound(Sh, S | Ch) : new Sound(Ch, Sh), 3);
        }
        var next = i + 1 < w.Length ? w[i + 1] : '\0';
        var soft = next is 'e' or 'i' or 'y';
        var vowelAfter = next != '\0' && IsVowel(w, i + 1);
        return (w[i], next) switch
        {
            ('s', 'h') => (new Sound(Sh, S | Ch), 2),
            // Polish sz is sh, Hungarian sz is s.
            ('s', 'z') => (new Sound(Sh | S, Ch | Z), 2),
            ('z', 's') or ('z', 'h') => (new Sound(Zh | Dzh, Z | Sh), 2),
            ('c', 'h') => (new Sound(Ch | Kh | Sh | K, H | T), 2),
            ('c', 'z') => (new Sound(Ch, Sh | Ts), 2),
            ('c', 'k') or ('q', 'u') => (new Sound(K, G), 2),
            ('k', 'h') => (new Sound(Kh | K | H, G), 2),
            ('p', 'h') => (new Sound(F, P | V), 2),
            ('t', 'h') => (new Sound(Th | T, S | Z | D), 2),
            // gh is silent after a vowel (Leigh, Wright), g before one.
            ('g', 'h') => (i > 0 && IsVowel(w, i - 1) ? null : new Sound(G, Kh | H), 2),
            // Italian and French gn is ny (Mignon, Миньон), German gn a g and an n (Wagner).
            ('g', 'n') when i > 0 => (new Sound(G, K | Kh, Dropped: 0.5), 1),
            ('d', 'j') or ('d', 'g') when next == 'j' || (i + 2 < w.Length && w[i + 2] is 'e' or 'i') => (new Sound(Dzh, Zh | Z), 2),
            ('d', 'z') => (new Sound(Z | Dzh, Ts | Zh), 2),
            ('t', 's') or ('t', 'z') => (new Sound(Ts, S | Z), 2),
            ('w', 'r') => (new Sound(R, None), 2),
            ('w', 'h') => (new Sound(W | V | H, F, Dropped: 0.5), 2),
            ('c', _) => (soft ? new Sound(S | Ts | Ch, K | Z | Th) : new Sound(K | Ts, Ch | S | G), 1),
            ('g', _) => (soft ? new Sound(G | Dzh | Zh | Kh, K | H | Y) : new Sound(G, K | Kh | H), 1),
            // h is silent in Romance names and after a vowel (Russian г and х also read as h).
            ('h', _) => (vowelAfter ? new Sound(H | Kh, K | G, Dropped: 0.5) : null, 1),
            ('j', _) => (new Sound(Y | Dzh | Zh | Kh, Z | G | H, Dropped: 0.5), 1),
            // A glide opening a word (Yusuf, Юсуф, يوسف) is written in both scripts, though not always.
            ('y', _) => (new Sound(Y, Dzh, Dropped: 0.5), 1),
            ('x', _) => (new Sound(S | Z | Kh | Sh, K), 1),
            ('b', _) => (new Sound(B, P | V), 1),
            ('p', _) => (new Sound(P, B | F), 1),
            ('f', _) => (new Sound(F, V | P), 1),
            ('v', _) => (new Sound(V, F | W | B), 1),
            // English w is a vowel in Russian (Уильям) and Arabic, German and Polish w is v.
            ('w', _) => (new Sound(W | V, F | B, Dropped: 0.5), 1),
            ('m', _) => (new Sound(M, N), 1),
            ('n', _) => (new Sound(N, M), 1),
            ('t', _) => (new Sound(T, D | Th), 1),
            ('d', _) => (new Sound(D, T | Th), 1),
            ('s', _) => (new Sound(S | Z, Sh | Ts | Zh), 1),
            ('z', _) => (new Sound(Z | Ts | S, Zh | Dzh), 1),
            ('k', _) or ('q', _) => (new Sound(K, G | Kh), 1),
            ('l', _) => (new Sound(L, None), 1),
            ('r', _) => (new Sound(R, None), 1),
            _ => (null, 1),
        };
    }

    // y is a vowel inside a word (Nyman, Maya: a glide both scripts may leave out) and a consonant only before a vowel at the start.
    private static bool IsVowel(string w, int i) =>
        w[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (w[i] == 'y' && (i > 0 || w.Length == 1 || w[1] is not ('a' or 'e' or 'i' or 'o' or 'u')));
}
