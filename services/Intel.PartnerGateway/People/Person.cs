using Intel.PartnerGateway.Agencies;

namespace Intel.PartnerGateway.People;

/// <summary>
/// A person of one agency, as their events leave them. <c>TokensValidFrom</c>: tokens issued to them before
/// it are refused everywhere (set when they are disabled, their roles change or their second factor is reset).
/// </summary>
public sealed record Person(
    Guid Id, string Agency, string Email, string Name, IReadOnlyList<string> Roles,
    string? InvitationHash, DateTimeOffset InvitationExpiresAt,
    string? PasswordHash = null, string? ProtectedTotpSecret = null, IReadOnlyList<string?>? RecoveryCodeHashes = null,
    long LastTotpStep = 0, int FailedAttempts = 0, DateTimeOffset? LockedUntil = null,
    DateTimeOffset? DisabledAt = null, DateTimeOffset? TokensValidFrom = null)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    public static Guid StreamIdFor(string email) => StreamIds.For("person", email.ToLowerInvariant());

    public bool Active => DisabledAt is null && PasswordHash is not null;

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public static Person Create(PersonInvited e) =>
        new(e.PersonId, e.Agency, e.Email, e.Name, e.Roles, e.InvitationHash, e.ExpiresAt);

    public Person Apply(InvitationAccepted e) => this with { PasswordHash = e.PasswordHash, InvitationHash = null };

    public Person Apply(SecondFactorEnrolled e) =>
        this with { ProtectedTotpSecret = e.ProtectedSecret, RecoveryCodeHashes = [.. e.RecoveryCodeHashes] };

    public Person Apply(PersonSignedIn e) => this with
    {
        FailedAttempts = 0,
        LockedUntil = null,
        LastTotpStep = e.TotpStep ?? LastTotpStep,
        RecoveryCodeHashes = e.RecoveryCodeUsed is { } used && RecoveryCodeHashes is { } codes
            ? [.. codes.Select((c, i) => i == used ? null : c)]
            : RecoveryCodeHashes,
    };

    public Person Apply(PersonSignInFailed e) => FailedAttempts + 1 >= MaxFailedAttempts
        ? this with { FailedAttempts = 0, LockedUntil = e.At + LockFor }
        : this with { FailedAttempts = FailedAttempts + 1 };

    public Person Apply(PersonRolesChanged e) => this with { Roles = e.Roles, TokensValidFrom = e.At };

    public Person Apply(PersonDisabled e) => this with { DisabledAt = e.At, TokensValidFrom = e.At, InvitationHash = null };

    public Person Apply(SecondFactorReset e) =>
        this with { ProtectedTotpSecret = null, RecoveryCodeHashes = null, LastTotpStep = 0, TokensValidFrom = e.At };
}
