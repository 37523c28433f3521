namespace Intel.Standardisation;

/// <summary>E-mail addresses as one mailbox: lower-case, and Gmail's ignored dots and +tags removed.</summary>
public static class Emails
{
    /// <summary>"Karwan.Travel+eu@GoogleMail.com" → "karwantravel@gmail.com"; null when it is not an address.</summary>
    public static string? Canonical(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }
        var text = VisibleText.Of(address).Trim();
        // "Karwan <karwan@example.org>" as pasted from a mail header.
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            text = text[(open + 1)..close].Trim();
        }
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }
        text = text.ToLowerInvariant();
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.AsSpan(0, at).Contains('@') || text.Any(char.IsWhiteSpace))
        {
            return null;
        }
        var local = text[..at];
        var domain = text[(at + 1)..].TrimEnd('.');
        if (!domain.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }
        if (domain is "gmail.com" or "googlemail.com")
        {
            // Gmail delivers "k.a.r.w.a.n+tag" to "karwan": they are one mailbox.
            var plus = local.IndexOf('+', StringComparison.Ordinal);
            local = (plus >= 0 ? local[..plus] : local).Replace(".", "", StringComparison.Ordinal);
            domain = "gmail.com";
        }
        return local.Length == 0 ? null : $"{local}@{domain}";
    }
}
