using Intel.Standardisation;

namespace Intel.AnalystConsole.Search;

/// <summary>
/// What an identifier written into the search box was read as: the value looked up, the kind that explains it, and the
/// API's parameter it goes in (a selector, or a handle without its platform, looked up on every platform).
/// </summary>
public sealed record ReadIdentifier(string Selector, string Kind, string Parameter = "selector");

/// <summary>
/// One search box for everything an analyst may paste: a selector as written ("document:IRQ/A12345678"), a phone in
/// any form (read in the chosen country when written nationally), an email, an IBAN, a profile link, an @handle on any platform, a
/// document number (in the chosen country), an engine's make and serial, and otherwise a person's name in any script. Every reading that parses
/// is tried; the API judges each and says why it matched.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 200;

    public static IReadOnlyList<ReadIdentifier> Read(string text, string? country)
    {
        var q = text.Trim();
        var found = new List<ReadIdentifier>();
        void Add(string? selector, string kind)
        {
            if (selector is not null && found.All(f => f.Selector != selector))
            {
                found.Add(new ReadIdentifier(selector, kind));
            }
        }
        if (q.Length == 0 || q.Length > MaxLength)
        {
            return found;
        }
        if (Selectors.Parse(q) is { } written)
        {
            Add(written, written[..written.IndexOf(':', StringComparison.Ordinal)]);
        }
        if (LooksLikePhone(q))
        {
            Add(Key("phone", Standardisation.Identifiers.Phone(q, null) ?? (country is null ? null : Standardisation.Identifiers.Phone(q, country))), "phone");
        }
        if (q.Contains('@', StringComparison.Ordinal) && !q.StartsWith('@'))
        {
            Add(Key("email", Standardisation.Identifiers.Email(q)), "email");
        }
        Add(Key("account", Ibans.Canonical(q)), "account");
        if (Handles.PlatformOf(q) is not null)
        {
            Add(Selectors.Parse("social:" + q), "social");
        }
        // "@name" without a platform, as analysts often have a handle: the API looks it up on every platform.
        if (q.StartsWith('@') && Handles.Bare(q) is { } account)
        {
            found.Add(new ReadIdentifier(account, "social", "handle"));
        }
        if (country is not null && LooksLikeDocumentNumber(q))
        {
            Add(Key("document", Documents.Key(country, q)), "document");
        }
        if (EngineParts(q) is var (make, serial))
        {
            Add(Key("engine", Engines.Key(make, serial)), "engine");
        }
        return found;
    }

    /// <summary>Whether to search people by name: anything with letters that is not only an identifier.</summary>
    public static bool MayBeName(string text)
    {
        var q = text.Trim();
        return q.Length is > 1 and <= MaxLength && q.Any(char.IsLetter) && !q.Contains(':', StringComparison.Ordinal)
            && !q.Contains('@', StringComparison.Ordinal) && !q.Any(char.IsDigit);
    }

    private static bool LooksLikePhone(string q) =>
        q.Count(char.IsDigit) >= 7 && q.All(c => char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.' or '/');

    // Passport and identity card numbers: letters and digits, at least one digit, no spaces.
    private static bool LooksLikeDocumentNumber(string q) =>
        q.Length is >= 5 and <= 20 && q.All(char.IsAsciiLetterOrDigit) && q.Any(char.IsAsciiDigit) && !q.All(char.IsAsciiDigit);

    // An engine as reports write it, "Yamaha 6BG-1012345": the words of letters before the first with a digit are the
    // make, the rest the serial. Reports key engines by both, so a serial alone could never find one.
    private static (string Make, string Serial)? EngineParts(string q)
    {
        var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var makeWords = words.TakeWhile(w => w.All(char.IsAsciiLetter)).Count();
        return makeWords > 0 && makeWords < words.Length && words[makeWords].Any(char.IsAsciiDigit)
            ? (string.Join(' ', words[..makeWords]), string.Join(' ', words[makeWords..]))
            : null;
    }

    private static string? Key(string kind, string? value) => value is null ? null : $"{kind}:{value}";
}
