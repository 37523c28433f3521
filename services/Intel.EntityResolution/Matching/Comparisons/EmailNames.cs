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

    /// <summary>Whether the one-word side's emails spell every word of the other side's name its word does not match.</summary>
    public static bool Complete(PersonRecord first, PersonName firstName, PersonRecord second, PersonName secondName) =>
        (firstName.Words.Length == 1 && Spells(first, firstName, secondName))
        || (secondName.Words.Length == 1 && Spells(second, secondName, firstName));

    // Each word of the name is in one of the holder's email local parts, but for one the holder's own word may match.
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
                if (name.Words[j].Length >= ShortestWord && local.Contains(name.Words[j], StringComparison.OrdinalIgnoreCase))
                {
                    spelled++;
                }
                else if (!ownWordUsed && Names.WordMatches.Of(holderName.Words[0], holderName.Tokens[0], name.Words[j], name.Tokens[j]) != Names.WordMatch.None)
                {
                    ownWordUsed = true;
                }
                else
                {
                    complete = false;
                }
            }
            if (complete && spelled > 0)
            {
                return true;
            }
        }
        return false;
    }
}
