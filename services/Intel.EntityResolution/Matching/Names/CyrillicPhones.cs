using static Intel.EntityResolution.Matching.Names.Phone;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// The consonants of a Cyrillic word. Cyrillic spells sounds, so each letter is its sound; what the key
/// must know is how Russian writes foreign sounds: г for both g and h (Гамбург), в for v and w, з for a
/// voiced s, дж for English j, дз for Japanese z, т for th, and a vowel (у) for English w. Vowels are
/// left out, as in <see cref="LatinPhones"/>; an iotated vowel or й opening the word is the glide y.
/// </summary>
internal static class CyrillicPhones
{
    /// <summary>The key of a lower-case Cyrillic word.</summary>
    public static PhoneKey Key(string word)
    {
        var sounds = new List<Sound>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            // Doubled letters are one sound (Анна, Маццини).
            if (i > 0 && word[i - 1] == c)
            {
                continue;
            }
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (c == 'д' && next is 'ж' or 'з')
            {
                sounds.Add(next == 'ж' ? new Sound(Dzh, Zh | Z) : new Sound(Z | Dzh, Ts | Zh));
                i++;
                continue;
            }
            if (i == 0 && c is 'е' or 'ё' or 'ю' or 'я' or 'й' or 'є' or 'ї' or 'ј')
            {
                sounds.Add(new Sound(Y, Dzh | Zh, Dropped: 0.5));
                continue;
            }
            if (c == 'щ')
            {
                // щ is Polish szcz and Russian shch: a sh, then a ch that may not be written.
                sounds.Add(new Sound(Sh, S | Ch));
                sounds.Add(new Sound(Ch, Ts, Dropped: 0.5));
                continue;
            }
            if (Read(c) is { } sound)
            {
                sounds.Add(sound);
            }
        }
        var onset = word.Length == 0 ? Onset.Vowel
            : word[0] is 'е' or 'ё' or 'ю' or 'я' or 'й' or 'є' or 'ї' or 'ј' or 'у' ? Onset.Either
            : Read(word[0]) is null ? Onset.Vowel : Onset.Consonant;
        return new PhoneKey([.. sounds], onset);
    }

    private static Sound? Read(char c) => c switch
    {
        'б' => new Sound(B, P | V),
        'в' => new Sound(V | W, F | B),
        'г' or 'ґ' or 'ғ' => new Sound(G | H, K | Kh),
        'д' => new Sound(D, T | Th),
        'ж' => new Sound(Zh | Dzh, Z | Sh),
        'з' => new Sound(Z | S, Ts | Zh),
        'к' or 'қ' => new Sound(K, G | Kh),
        'л' or 'љ' => new Sound(L, None),
        'м' => new Sound(M, N),
        'н' or 'њ' or 'ң' => new Sound(N, M),
        'п' => new Sound(P, B | F),
        'р' => new Sound(R, None),
        'с' => new Sound(S, Z | Sh | Ts),
        'т' => new Sound(T | Th, D),
        'ф' => new Sound(F, V | P),
        'х' or 'ҳ' or 'һ' => new Sound(Kh | H, K | G),
        'ц' => new Sound(Ts, S | Z),
        // Japanese chi is written ти, so ch is near t.
        'ч' or 'ћ' => new Sound(Ch, Sh | Ts | T),
        'ш' => new Sound(Sh, S | Ch),
        'ђ' or 'џ' => new Sound(Dzh, Zh),
        'ў' => new Sound(W | V, F, Dropped: 0.5),
        'ј' => new Sound(Y, Dzh, Dropped: 0.5),
        _ => null,
    };
}
