using System.Buffers;
using System.Globalization;
using System.Text;

namespace Intel.Standardisation;

/// <summary>
/// Text as a reader sees it, before any key is made of it. Partners' text may carry characters nobody
/// sees: a zero-width space inside "Moha\u200Bmmed" must not split the name into two words, nor a
/// right-to-left override make "Karwan" another key. Reports keep such characters as sent; keys ignore them.
/// </summary>
public static class VisibleText
{
    /// <summary>
    /// Without format characters (zero-width space and joiners, bidi marks, embeddings, overrides and
    /// isolates, soft hyphen, byte order mark, tag characters), unpaired surrogates and noncharacters.
    /// </summary>
    public static string Of(string text)
    {
        StringBuilder? builder = null;
        var span = text.AsSpan();
        var index = 0;
        while (index < span.Length)
        {
            var valid = Rune.DecodeFromUtf16(span[index..], out var rune, out var length) == OperationStatus.Done;
            if (!valid || IsInvisible(rune))
            {
                builder ??= new StringBuilder(text, 0, index, text.Length);
            }
            else
            {
                builder?.Append(span.Slice(index, length));
            }
            index += length;
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> of the visible text. string.Normalize throws on
    /// unpaired surrogates and U+FFFE; this cannot, so one odd name never fails a whole report.
    /// </summary>
    public static string Normalize(string text, NormalizationForm form) => Of(text).Normalize(form);

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
        || rune.Value is >= 0xFDD0 and <= 0xFDEF
        || (rune.Value & 0xFFFE) == 0xFFFE;
}
