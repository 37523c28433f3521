namespace Intel.Standardisation;

/// <summary>
/// Hull identification numbers (ISO 10087 / US 33 CFR 181): twelve characters, manufacturer code,
/// serial, month and year of build, model year. The EU writes them with a country prefix ("FR-").
/// </summary>
public static class Hulls
{
    /// <summary>"fr-abc 12345 d4 04" → "ABC12345D404"; a non-standard hull mark is kept compacted.</summary>
    public static string? Canonical(string? hullId)
    {
        if (string.IsNullOrWhiteSpace(hullId))
        {
            return null;
        }
        var text = hullId.Trim();
        // The country prefix of the EU craft identification number says who registered it, not which hull it is.
        if (text.Length > 3 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && text[2] == '-')
        {
            var rest = Text.Compact(text[3..]);
            if (rest is not null && IsStandard(rest))
            {
                return rest;
            }
        }
        var compact = Text.Compact(text);
        if (compact is { Length: 14 } && char.IsAsciiLetter(compact[0]) && char.IsAsciiLetter(compact[1]) && IsStandard(compact[2..]))
        {
            return compact[2..];
        }
        return compact;
    }

    /// <summary>Whether the value has the twelve-character HIN shape (month letter A–L, three digits of year).</summary>
    public static bool IsStandard(string? hullId)
    {
        if (hullId is not { Length: 12 })
        {
            return false;
        }
        for (var i = 0; i < 8; i++)
        {
            if (!char.IsAsciiLetterUpper(hullId[i]) && !char.IsAsciiDigit(hullId[i]))
            {
                return false;
            }
        }
        return hullId[8] is >= 'A' and <= 'L' && hullId[9..].All(char.IsAsciiDigit);
    }
}
