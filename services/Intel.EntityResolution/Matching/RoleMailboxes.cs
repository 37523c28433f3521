using System.Collections.Frozen;

namespace Intel.EntityResolution.Matching;

/// <summary>
/// Mailboxes of an office, not of a person: info@, contact@, office@, sales@. Everyone who writes from or is
/// registered under a firm's or a ministry's info@ address shares it, so it says nothing of who a person is, and two
/// people giving one are no more one man than two callers from one switchboard.
/// </summary>
public static class RoleMailboxes
{
    private static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
        ["info", "information", "contact", "contacts", "contactus", "office", "admin", "administrator", "sales", "support", "helpdesk",
         "enquiries", "enquiry", "inquiries", "inquiry", "noreply", "no-reply", "no_reply", "donotreply", "reception", "customerservice",
         "careers", "billing", "webmaster", "postmaster"],
        StringComparer.Ordinal);

    // A free mailbox is one person's whatever its name: info@gmail.com was taken by someone.
    private static readonly FrozenSet<string> FreeMail = FrozenSet.ToFrozenSet(
        ["gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com",
         "mail.ru", "yandex.ru", "yandex.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "web.de", "hotmail.co.uk", "yahoo.co.uk",
         "outlook.fr", "hotmail.fr", "yahoo.fr", "mail.com"],
        StringComparer.Ordinal);

    /// <summary>Whether a canonical (lower-case) email address is an office's mailbox.</summary>
    public static bool Has(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || FreeMail.Contains(email[(at + 1)..]))
        {
            return false;
        }
        var local = email[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return Roles.Contains(plus > 0 ? local[..plus] : local);
    }
}
