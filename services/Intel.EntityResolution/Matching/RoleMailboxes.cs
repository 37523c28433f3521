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
        ["info", "information", "contact", "contacts", "contactus", "office", "admin", "administrator", "sales", "support", "help", "helpdesk",
         "enquiries", "enquiry", "inquiries", "inquiry", "hello", "mail", "email", "noreply", "no-reply", "donotreply", "reception", "team",
         "service", "services", "customerservice", "hr", "jobs", "careers", "billing", "accounts", "webmaster", "postmaster", "bookings",
         "booking", "reservations", "travel", "marketing", "press", "media", "general"],
        StringComparer.Ordinal);

    /// <summary>Whether a canonical (lower-case) email address is an office's mailbox.</summary>
    public static bool Has(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = at > 0 ? email[..at] : email;
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return Roles.Contains(plus > 0 ? local[..plus] : local);
    }
}
