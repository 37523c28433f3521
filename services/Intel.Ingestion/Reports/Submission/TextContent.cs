namespace Intel.Ingestion.Reports;

/// <summary>
/// Characters a decoded string may not carry. Everything else (bidi controls, zero-width characters,
/// any script) is data and is stored as sent.
/// </summary>
internal static class TextContent
{
    /// <summary>The error for <paramref name="text"/>, or null when it may be stored.</summary>
    public static string? Problem(string text, bool allowLineBreaks)
    {
        if (HasForbiddenControl(text, allowLineBreaks))
        {
            return allowLineBreaks
                ? "Must not contain control characters other than line breaks."
                : "Must not contain control characters.";
        }

        // Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane) are reserved for
        // a program's internal use, not interchange; .NET's Unicode normalisation throws on U+FFFE, so
        // one in a report would fail entity resolution for that report on every retry.
        return HasNoncharacter(text) ? "Must not contain Unicode noncharacters such as U+FFFF." : null;
    }

    private static bool HasForbiddenControl(string text, bool allowLineBreaks)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNoncharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE)
            {
                return true;
            }
        }

        return false;
    }
}
