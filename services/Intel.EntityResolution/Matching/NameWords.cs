using System.Globalization;
using System.Text;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching;

/// <summary>
/// The words of a name as written, only folded: lower-case, accents stripped, punctuation gone,
/// Arabic letters in one spelling, invisible characters ignored. Skeletons forgive vowels; these words keep them, so a typo
/// ("fimeri" against "fimdrfi") is still seen as close when its skeleton moved further.
/// </summary>
public static class NameWords
{
    public static IReadOnlyList<string> Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        if (ArabicScript.Contains(name))
        {
            return ArabicScript.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in VisibleText.Normalize(name, NormalizationForm.FormD))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’' or '`') && word.Length > 0)
            {
                // Apostrophes stay inside the word (O'Brien, Sa'id); anything else ends it.
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }
}
