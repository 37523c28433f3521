namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// An email address often spells its holder's name (mcurtis53@…, karwan.barzani88@…), so a report that
/// gives a single word of a name and such an address has in effect given the rest: "Maya" using
/// mcurtis53@… is as named as "Maya Curtis". Only a record's own addresses complete its name, and only
/// with whole words of three letters or more, since shorter ones turn up in addresses by chance.
/// </summary>
internal static class EmailNames
{
    private const int ShortestWord = 3;

    /// <summary>
    /// Whether the one-word side's own emails spell every word of the other side's fuller name that its word does not
    /// match. Another record's address says nothing of this one's name, and completing a single word against a single
    /// word would still leave a one-word name.
    /// </summary>
    public static bool Complete(PersonRecord first, PersonName firstName, PersonRecord second, PersonName secondName) =>
        (firstName.Words.Length == 1 && secondName.Words.Length > 1 && Spells(first, firstName, secondName))
        || (secondName.Words.Length == 1 && firstName.Words.Length > 1 && Spells(second, secondName, firstName));

    // The holder's own word matches one word of the name, and each other word is in one of the holder's email local parts.
    private static bool Spells(PersonRecord holder, PersonName holderName, PersonName name)
    {
        for (var i = 0; i < holder.Identifiers.Count; i++)
        {
            var identifier = holder.Identifiers[i];
            if (identifier.Kind != IdentifierKinds.Email)
            {
                continue;
            }
            var at = identifier.Value.IndexOf('@', StringComparison.Ordinal);
            var local = identifier.Value.AsSpan(0, at < 0 ? identifier.Value.Length : at);
            var (spelled, ownWordUsed, complete) = (0, false, true);
            for (var j = 0; j < name.Words.Length && complete; j++)
            {
                if (!ownWordUsed && Names.WordMatches.Of(holderName.Words[0], holderName.Tokens[0], name.Words[j], name.Tokens[j]) != Names.WordMatch.None)
                {
                    ownWordUsed = true;
                }
                else if (name.Words[j].Length >= ShortestWord && local.Contains(name.Words[j], StringComparison.OrdinalIgnoreCase))
                {
                    spelled++;
                }
                else
                {
                    complete = false;
                }
            }
            if (complete && ownWordUsed && spelled > 0)
            {
                return true;
            }
        }
        return false;
    }
}
