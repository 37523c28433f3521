using System.Security.Cryptography;
using System.Text;

namespace Intel.PartnerGateway.People;

/// <summary>
/// Configuration section "People": how long invitations last, and whether to seed an analyst, a decider and an administrator per seeded agency
/// (<c>analyst@&lt;agency&gt;.test</c>, <c>decider@…</c>, <c>admin@…</c>), by default in Development only (staging may opt in). Their
/// password is <see cref="DevelopmentPassword"/> and their TOTP secret is derived from their email, so
/// <c>make totp</c> can print the current code. Production refuses to start with <c>People:Seed</c> set.
/// </summary>
public sealed class PeopleSeed
{
    public const string Section = "People";
    public const string DevelopmentPassword = "intel-dev-password";

    public bool? Seed { get; set; }

    /// <summary>How long an invitation link can be used (People:InvitationLifetime).</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);

    public static IEnumerable<(string Email, string Name, IReadOnlyList<string> Roles)> PeopleOf(string agency) =>
    [
        ($"analyst@{agency}.test", $"Analyst of {agency}", [Roles.Analyst]),
        ($"decider@{agency}.test", $"Decider of {agency}", [Roles.Analyst, Roles.Decider]),
        ($"admin@{agency}.test", $"Administrator of {agency}", [Roles.AgencyAdmin]),
    ];

    /// <summary>Public by design (deploy/local/totp.sh computes the same): it protects nothing and exists only outside production.</summary>
    public static byte[] DevelopmentTotpSecret(string email) =>
        SHA256.HashData(Encoding.UTF8.GetBytes("intel-dev-totp:" + email.ToLowerInvariant()))[..20];
}
