using Intel.EntityResolution.Matching.Names;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>How a record's own email completed its one-word name against a fuller one.</summary>
internal enum EmailCompletion
{
    None,

    /// <summary>Every missing word written out: "Maya" using mcurtis53@… against "Maya Curtis".</summary>
    Spelled,

    /// <summary>The missing word's initial beside the record's own word: "Zachary" using zacharyw50@… is "Zachary W.".</summary>
    Initialled,
}

/// <summary>
/// An email address often spells its holder's name (mcurtis53@…, karwan.barzani88@…, zacharyw50@…), so a report
/// that gives a single word of a name and such an address has in effect given more of it. Only the one-word side's
/// own addresses complete its name (another record's address says nothing of this one's name), only against a fuller
/// name (a single word completed against a single word is still one word), with whole words of three letters or more
/// (shorter ones turn up in addresses by chance) and at most one initial, read only beside the record's own word.
/// </summary>
internal static class EmailNames
{
    private const int ShortestWord = 3;

    public static EmailCompletion Complete(PersonRecord first, PersonName firstName, PersonRecord second, PersonName secondName) =>
        firstName.Words.Length == 1 && secondName.Words.Length > 1 ? Best(first, firstName, secondName)
        : secondName.Words.Length == 1 && firstName.Words.Length > 1 ? Best(second, secondName, firstName)
        : EmailCompletion.None;

    private static EmailCompletion Best(PersonRecord holder, PersonName holderName, PersonName name)
    {
        var best = EmailCompletion.None;
        for (var i = 0; i < holder.Identifiers.Count && best != EmailCompletion.Spelled; i++)
        {
            var identifier = holder.Identifiers[i];
            if (identifier.Kind == IdentifierKinds.Email)
            {
                var at = identifier.Value.IndexOf('@', StringComparison.Ordinal);
                var completion = Of(identifier.Value.AsSpan(0, at < 0 ? identifier.Value.Length : at), holderName, name);
                best = completion != EmailCompletion.None && (best == EmailCompletion.None || completion < best) ? completion : best;
            }
        }
        return best;
    }

    // The holder's own word matches one word of the name; each other word is in the local part, or one of them is an initial beside the holder's word.
    private static EmailCompletion Of(ReadOnlySpan<char> local, PersonName holderName, PersonName name)
    {
        var (own, ownWordUsed, spelled, initialled) = (holderName.Words[0], false, 0, 0);
        for (var j = 0; j < name.Words.Length; j++)
        {
            var word = name.Words[j];
            if (!ownWordUsed && WordMatches.Of(own, holderName.Tokens[0], word, name.Tokens[j]) != WordMatch.None)
            {
                ownWordUsed = true;
            }
            else if (word.Length >= ShortestWord && local.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                spelled++;
            }
            else if (initialled == 0 && InitialBeside(local, own, word[0]))
            {
                initialled++;
            }
            else
            {
                return EmailCompletion.None;
            }
        }
        return !ownWordUsed || spelled + initialled == 0 ? EmailCompletion.None
            : initialled == 0 ? EmailCompletion.Spelled
            : EmailCompletion.Initialled;
    }

    // "zacharyw", "zachary.w", "wzachary", "w_zachary": the letter next to the word, across at most one separator.
    private static bool InitialBeside(ReadOnlySpan<char> local, string own, char initial)
    {
        var at = own.Length >= ShortestWord ? local.IndexOf(own, StringComparison.OrdinalIgnoreCase) : -1;
        if (at < 0)
        {
            return false;
        }
        var after = at + own.Length;
        after += after < local.Length && IsSeparator(local[after]) ? 1 : 0;
        var before = at - 1;
        before -= before >= 0 && IsSeparator(local[before]) ? 1 : 0;
        return (after < local.Length && char.ToLowerInvariant(local[after]) == initial)
            || (before >= 0 && char.ToLowerInvariant(local[before]) == initial);
    }

    private static bool IsSeparator(char c) => c is '.' or '_' or '-';
}
