namespace Intel.EntityResolution.Matching;

/// <summary>
/// Whether a link between a person and a place says he passed through it (seen at, arrested in, intercepted off,
/// departed from, stayed at a camp) rather than that he is from it (lives in, was born in, registered at). Partners
/// name links in their own words, so any word of the link that begins like one of these says so; anything else is
/// read as where he is from, as every place was before.
/// </summary>
public static class Passing
{
    private static readonly string[] Stems =
    [
        "seen", "sight", "spotted", "observed", "arrest", "detain", "intercept", "stopped", "caught", "apprehend", "found",
        "rescue", "travel", "transit", "depart", "arriv", "cross", "stay", "camp", "visit", "board", "embark", "land",
        "passed", "via", "met", "located",
    ];

    public static bool Says(string link)
    {
        foreach (var word in link.ToLowerInvariant().Split(['-', '_', ' ', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Stems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
