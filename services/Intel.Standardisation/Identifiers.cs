using System.Text;
using PhoneNumbers;

namespace Intel.Standardisation;

/// <summary>
/// Canonical forms of identifiers, so the same phone, document or serial written differently
/// by two agencies meets under one key.
/// </summary>
public static class Identifiers
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>E.164 ("+9647501234567"); national numbers need the default region (ISO alpha-2).</summary>
    public static string? Phone(string? number, string? region)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var text = number.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }
        try
        {
            var parsed = Phones.Parse(text, region?.ToUpperInvariant() ?? "ZZ");
            return Phones.IsPossibleNumber(parsed) ? Phones.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static string? Email(string? address) =>
        string.IsNullOrWhiteSpace(address) ? null : address.Trim().ToLowerInvariant();

    /// <summary>Upper-case letters and digits only: "6bg-1012345" and "6BG 1012345" are one serial.</summary>
    public static string? Compact(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    public static string? Handle(string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }
        return handle.Trim().TrimStart('@').ToLowerInvariant();
    }

    /// <summary>Lower-case words of a name, without punctuation, in a stable order.</summary>
    public static string? NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var words = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Split([' ', '-', '.', ',', '\'', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words.Order(StringComparer.Ordinal));
    }
}
