using System.Globalization;
using System.Text;

namespace Intel.Standardisation;

/// <summary>Small text helpers shared by the standardisers.</summary>
internal static class Text
{
    /// <summary>Any Unicode decimal digit (Arabic-Indic, Persian, full-width…) as its ASCII digit.</summary>
    public static char FoldDigit(char c) =>
        c > '\u007f' && char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? (char)('0' + (int)char.GetNumericValue(c))
            : c;

    public static string FoldDigits(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(FoldDigit(c));
        }
        return builder.ToString();
    }

    /// <summary>Latin letters without accents: "Kārwān" → "Karwan", "Barzanî" → "Barzani".</summary>
    public static string StripMarks(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in VisibleText.Normalize(value, NormalizationForm.FormKD))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Upper-case letters and digits only, digits in ASCII.</summary>
    public static string? Compact(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var builder = new StringBuilder(value.Length);
        foreach (var c in VisibleText.Normalize(value, NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(FoldDigit(c)));
            }
        }
        return builder.Length == 0 ? null : builder.ToString();
    }
}
