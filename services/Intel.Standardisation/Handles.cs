using System.Collections.Frozen;

namespace Intel.Standardisation;

/// <summary>
/// Social-media accounts per platform: "@Karwan.Travel.EU", "https://www.facebook.com/karwan.travel.eu/"
/// and "karwan.travel.eu" are one Facebook account; a WhatsApp account is its phone number.
/// </summary>
public static class Handles
{
    private static readonly FrozenDictionary<string, string> PlatformNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["facebook"] = "facebook", ["fb"] = "facebook", ["messenger"] = "facebook",
        ["instagram"] = "instagram", ["ig"] = "instagram", ["insta"] = "instagram",
        ["tiktok"] = "tiktok", ["tik tok"] = "tiktok",
        ["telegram"] = "telegram", ["tg"] = "telegram",
        ["whatsapp"] = "whatsapp", ["wa"] = "whatsapp",
        ["x"] = "x", ["twitter"] = "x",
        ["snapchat"] = "snapchat", ["snap"] = "snapchat",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Hosts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["facebook.com"] = "facebook", ["fb.com"] = "facebook", ["fb.me"] = "facebook", ["m.me"] = "facebook",
        ["instagram.com"] = "instagram", ["instagr.am"] = "instagram",
        ["tiktok.com"] = "tiktok",
        ["t.me"] = "telegram", ["telegram.me"] = "telegram", ["telegram.dog"] = "telegram",
        ["wa.me"] = "whatsapp", ["whatsapp.com"] = "whatsapp", ["api.whatsapp.com"] = "whatsapp",
        ["x.com"] = "x", ["twitter.com"] = "x",
        ["snapchat.com"] = "snapchat",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The platforms known by name, as <see cref="Platform"/> writes them: those a bare "@handle" is looked up on.</summary>
    public static readonly IReadOnlyList<string> Known = [.. PlatformNames.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // Path segments that come before the account name in profile links.
    private static readonly FrozenSet<string> PathPrefixes = FrozenSet.ToFrozenSet(["add", "s", "u", "people", "pg", "send"], StringComparer.Ordinal);

    /// <summary>"Twitter" → "x", "FB" → "facebook"; other platforms lower-case as written.</summary>
    public static string? Platform(string? platform)
    {
        var name = platform?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(name) ? null : PlatformNames.GetValueOrDefault(name, name);
    }

    /// <summary>The platform a profile link belongs to ("https://t.me/karwan" → "telegram"), or null.</summary>
    public static string? PlatformOf(string? url) => Split(url).Platform;

    /// <summary>
    /// The account as the platform identifies it: lower-case, no '@', no link around it. For WhatsApp,
    /// the number in E.164 (national numbers need <paramref name="country"/>).
    /// </summary>
    public static string? Canonical(string? platform, string? handleOrUrl, string? country = null)
    {
        var (linkPlatform, account) = Split(handleOrUrl);
        var name = Platform(platform) ?? linkPlatform;
        if (account is null)
        {
            return null;
        }
        if (name == "whatsapp")
        {
            // wa.me links carry the international number without '+'.
            var international = country is null && account.All(char.IsAsciiDigit) ? "+" + account : account;
            return Phones.E164(international, country, requireValid: false) ?? Text.Compact(account);
        }
        return account;
    }

    /// <summary>"facebook/karwan.travel.eu", or null when the platform or the account is unknown.</summary>
    public static string? Key(string? platform, string? handleOrUrl, string? country = null)
    {
        var name = Platform(platform) ?? PlatformOf(handleOrUrl);
        var account = Canonical(name, handleOrUrl, country);
        return name is null || account is null ? null : $"{name}/{account}";
    }

    /// <summary>
    /// An account name written without its platform ("@karwan.travel.eu" as "karwan.travel.eu"), or null when what is
    /// written is no bare account name (a link, a platform, words).
    /// </summary>
    public static string? Bare(string written) =>
        Canonical(null, written) is { } account && !account.Any(c => char.IsWhiteSpace(c) || c is '/' or ':') ? account : null;

    private static (string? Platform, string? Account) Split(string? handleOrUrl)
    {
        var text = handleOrUrl is null ? null : VisibleText.Of(handleOrUrl).Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (text.StartsWith(scheme, StringComparison.Ordinal))
            {
                text = text[scheme.Length..];
            }
        }
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var host = StripSubdomain(slash < 0 ? text : text[..slash]);
        if (!Hosts.TryGetValue(host, out var platform))
        {
            return (null, Clean(text));
        }
        var path = slash < 0 ? "" : text[(slash + 1)..];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            // Facebook profiles without a username, and WhatsApp's send links, carry the account in the query.
            var id = QueryValue(path[(query + 1)..], platform == "whatsapp" ? "phone" : "id");
            if (id is not null)
            {
                return (platform, id);
            }
            path = path[..query];
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var account = segments.SkipWhile(s => PathPrefixes.Contains(s)).FirstOrDefault();
        return (platform, Clean(account));
    }

    private static string StripSubdomain(string host)
    {
        foreach (var prefix in (string[])["www.", "m.", "mobile.", "web."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && Hosts.ContainsKey(host[prefix.Length..]))
            {
                return host[prefix.Length..];
            }
        }
        return host;
    }

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.Split('&'))
        {
            if (pair.StartsWith(name + "=", StringComparison.Ordinal) && pair.Length > name.Length + 1)
            {
                return pair[(name.Length + 1)..];
            }
        }
        return null;
    }

    private static string? Clean(string? account)
    {
        var value = account?.Split('#', '?')[0].Trim().TrimStart('@').TrimEnd('/').Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
