using System.Collections.Frozen;

namespace Intel.Standardisation;

/// <summary>
/// Outboard engines are one thing per make and serial: "Yamaha Motor 6BG-1012345" and
/// "YAMAHA 6bg 1012345" are both "YAMAHA/6BG1012345".
/// </summary>
public static class Engines
{
    // Company words that some reports add to the make and others leave out.
    private static readonly FrozenSet<string> CompanyWords = FrozenSet.ToFrozenSet(
        ["MOTOR", "MOTORS", "MARINE", "OUTBOARD", "OUTBOARDS", "ENGINES", "CO", "CORP", "CORPORATION", "LTD", "INC", "COMPANY"],
        StringComparer.Ordinal);

    public static string? Make(string? make)
    {
        if (string.IsNullOrWhiteSpace(make))
        {
            return null;
        }
        var words = make.Split([' ', '-', '.', ',', '/', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Text.Compact).OfType<string>().ToList();
        var kept = words.Where(w => !CompanyWords.Contains(w)).ToList();
        // A make that is nothing but a company word ("Marine") is kept rather than lost.
        var chosen = kept.Count > 0 ? kept : words;
        return chosen.Count == 0 ? null : string.Concat(chosen);
    }

    /// <summary>Letters and digits of the serial, upper-case: the dash after Yamaha's model code is layout.</summary>
    public static string? Serial(string? serial) => Text.Compact(serial);

    /// <summary>"YAMAHA/6BG1012345", or null when the make or the serial is missing.</summary>
    public static string? Key(string? make, string? serial)
    {
        var canonicalMake = Make(make);
        var canonicalSerial = Serial(serial);
        return canonicalMake is null || canonicalSerial is null ? null : $"{canonicalMake}/{canonicalSerial}";
    }
}
