namespace Intel.Standardisation;

/// <summary>
/// Canonical forms of identifiers, so the same phone, document or serial written differently
/// by two agencies meets under one key. The per-kind rules live in <see cref="Phones"/>,
/// <see cref="Emails"/>, <see cref="Handles"/> and their neighbours.
/// </summary>
public static class Identifiers
{
    /// <summary>
    /// E.164 ("+9647501234567"); national numbers need the default region (ISO alpha-2). Any number of a
    /// possible length is kept, not only those the metadata knows, so a selector never loses a new range.
    /// </summary>
    public static string? Phone(string? number, string? region) => Phones.E164(number, region, requireValid: false);

    public static string? Email(string? address) => Emails.Canonical(address);

    /// <summary>Upper-case letters and digits only: "6bg-1012345" and "6BG 1012345" are one serial.</summary>
    public static string? Compact(string? value) => Text.Compact(value);

    /// <summary>An account name without '@' or the profile link around it, lower-case.</summary>
    public static string? Handle(string? handle) => Handles.Canonical(null, handle);

    /// <summary>Lower-case words of a name, without punctuation or invisible characters, in a stable order.</summary>
    public static string? NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var words = VisibleText.Normalize(name, System.Text.NormalizationForm.FormKC).ToLowerInvariant()
            .Split([' ', '-', '.', ',', '\'', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words.Order(StringComparer.Ordinal));
    }
}
