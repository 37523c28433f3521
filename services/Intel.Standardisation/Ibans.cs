using System.Collections.Frozen;
using System.Text;

namespace Intel.Standardisation;

/// <summary>International bank account numbers (ISO 13616): canonical form and the mod-97 check.</summary>
public static class Ibans
{
    // Registry lengths for the countries the partners' money flows touch; other countries get the mod-97 check alone.
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22, ["CH"] = 21,
        ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18,
        ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IQ"] = 23,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["LB"] = 28, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MT"] = 31,
        ["NL"] = 18, ["NO"] = 15, ["PK"] = 24, ["PL"] = 28, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22,
        ["SA"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["TR"] = 26, ["UA"] = 29,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"gb82 west 1234 5698 7654 32" → "GB82WEST12345698765432"; null when it is not a valid IBAN.</summary>
    public static string? Canonical(string? iban) =>
        Compact(iban) is { } value && HasValidShape(value) && Mod97(value) == 1 ? value : null;

    public static bool IsValid(string? iban) => Canonical(iban) is not null;

    /// <summary>Why a written IBAN is not a valid one, as a sentence an analyst reads; null when it is valid or absent.</summary>
    public static string? Failure(string? iban)
    {
        if (string.IsNullOrWhiteSpace(iban))
        {
            return null;
        }
        var value = Compact(iban);
        return value is null ? $"the IBAN {iban.Trim()} has characters an IBAN cannot have"
            : !HasValidShape(value) ? $"the IBAN {value} does not have an IBAN's form and length"
            : Mod97(value) != 1 ? $"the IBAN {value} fails its mod-97 check digits"
            : null;
    }

    /// <summary>Letters and digits only, upper-case, without the "IBAN" prefix; null when other characters are in it.</summary>
    private static string? Compact(string? iban)
    {
        if (string.IsNullOrWhiteSpace(iban))
        {
            return null;
        }
        var text = iban.Trim();
        if (text.StartsWith("IBAN", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in Text.FoldDigits(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (c is not (' ' or '-' or '.' or ':'))
            {
                return null;
            }
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    private static bool HasValidShape(string value)
    {
        if (value.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1])
            || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]))
        {
            return false;
        }
        return !Lengths.TryGetValue(value[..2], out var length) || length == value.Length;
    }

    /// <summary>ISO 7064 mod 97-10 over the rearranged IBAN, letters as 10–35, computed piecewise.</summary>
    private static int Mod97(string value)
    {
        var remainder = 0;
        foreach (var c in value[4..] + value[..4])
        {
            remainder = char.IsAsciiDigit(c)
                ? (remainder * 10 + (c - '0')) % 97
                : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }
}
