using static Intel.EntityResolution.Matching.Names.Phone;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// The consonants of an Arabic-script word (normalised by <c>ArabicScript.Normalize</c>). Arabic has no
/// p, v, g, ch or zh and writes foreign names with its nearest letters: ب for p, ف for v, ج, غ, ق or ك
/// for g, ش or تش for ch, ج for French j; so each letter reads as all the sounds it writes. ا, و and ي
/// inside a word are long vowels (or foreign o, e), which a Latin vowel should meet: one left over costs
/// half. Final ه is a vowel (ta marbuta, or a foreign -a/-e), and ع is heard as a vowel in foreign names.
/// </summary>
internal static class ArabicPhones
{
    /// <summary>The keys of a word: as written and, when it opens with the article ال, without it (Alexander is ألكسندر).</summary>
    public static PhoneKey[] Keys(string word) =>
        word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal) ? [Key(word), Key(word[2..])] : [Key(word)];

    private static PhoneKey Key(string word)
    {
        var sounds = new List<Sound>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && word[i - 1] == c)
            {
                continue;
            }
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            // تش, تس, تز and دج write ch, ts and j (Abacha, أباتشا; Djokovic, دجوكوفيتش).
            if ((c, next) is ('ت', 'ش' or 'س' or 'ز') or ('د', 'ج'))
            {
                sounds.Add(next == 'ش' ? new Sound(Ch, Sh) : next == 'ج' ? new Sound(Dzh | G, Zh) : new Sound(Ts, S | Z));
                i++;
                continue;
            }
            var sound = c switch
            {
                'و' when i == 0 => new Sound(W | V, F, Dropped: 0.5),
                'ي' when i == 0 => new Sound(Y | Dzh, Zh, Dropped: 0.5),
                'ه' when i == word.Length - 1 && i > 0 => (Sound?)null,
                // Inside a word ا, و and ي write long vowels, or foreign a/e, o/u and e/i; و and ي are also w and y.
                'ا' when i > 0 => new Sound(A | E, None, Dropped: 0.5),
                'و' => new Sound(O | U | W | V, None, Dropped: 0.5),
                'ي' => new Sound(I | E | Y, None, Dropped: 0.5),
                _ => Read(c),
            };
            if (sound is { } s)
            {
                sounds.Add(s);
            }
        }
        var onset = word.Length == 0 || word[0] is 'ا' or 'ع' ? Onset.Vowel : word[0] is 'و' or 'ي' or 'ه' ? Onset.Either : Onset.Consonant;
        return new PhoneKey([.. sounds], onset, Loose: true);
    }

    private static Sound? Read(char c) => c switch
    {
        'ب' => new Sound(B | P, F | V),
        'پ' => new Sound(P, B),
        'ت' => new Sound(T | Th, D),
        'ط' => new Sound(T, D | Th),
        'ث' => new Sound(Th | S, T | Z),
        'ج' => new Sound(Dzh | G | Zh, Y | Z),
        'ح' => new Sound(H, Kh, Dropped: 0.5),
        'خ' => new Sound(Kh | H, K | G),
        'د' => new Sound(D, T | Th),
        'ذ' => new Sound(Z | Th | D, S),
        'ر' => new Sound(R, None),
        'ز' => new Sound(Z | S | Ts, Zh),
        'س' or 'ص' => new Sound(S | Z, Ts | Sh | Th),
        'ش' => new Sound(Sh | Ch, S | Zh),
        'ض' or 'ظ' => new Sound(D | Z, T | Th),
        'غ' => new Sound(G, Kh | H | R),
        'ف' => new Sound(F | V, P | W),
        'ڤ' => new Sound(V, F | W),
        'ق' or 'ك' => new Sound(K | G, Kh),
        'گ' => new Sound(G, K),
        'ل' => new Sound(L, None),
        'م' => new Sound(M, N),
        'ن' => new Sound(N, M),
        'ه' => new Sound(H, Kh, Dropped: 0.5),
        'چ' => new Sound(Ch, Sh),
        'ژ' => new Sound(Zh, Z | Dzh),
        _ => null,
    };
}
