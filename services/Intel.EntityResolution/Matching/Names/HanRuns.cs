namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// The other reading of a name in Han characters. A run without a middle dot is cut as a Chinese
/// name, family name then given name (王建国 is Wang Jianguo), but the same run may be one foreign
/// name transcribed (丘吉尔 is Churchill): this joins such cut runs back into one word.
/// </summary>
internal static class HanRuns
{
    /// <summary>The name with its cut Han runs joined, or null when it has none.</summary>
    public static PersonName? Joined(PersonName name)
    {
        if (Array.FindIndex(name.Words, static w => w.Length == 1 && HanSounds.IsHan(w)) < 0)
        {
            return null;
        }
        var words = new List<string>(name.Words.Length);
        var tokens = new List<string>(name.Words.Length);
        for (var i = 0; i < name.Words.Length; i++)
        {
            // A family name is one character and its given name follows it directly.
            if (i + 1 < name.Words.Length && name.Words[i].Length == 1 && HanSounds.IsHan(name.Words[i]) && HanSounds.IsHan(name.Words[i + 1]))
            {
                words.Add(name.Words[i] + name.Words[i + 1]);
                tokens.Add(name.Tokens[i] + name.Tokens[i + 1]);
                i++;
                continue;
            }
            words.Add(name.Words[i]);
            tokens.Add(name.Tokens[i]);
        }
        return words.Count == name.Words.Length ? null : name with { Words = [.. words], Tokens = [.. tokens] };
    }
}
