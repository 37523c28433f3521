namespace Intel.PartnerGateway.People;

/// <summary>An agency administrator (or the seeder) invited a person; only a hash of the one-time link's token is kept.</summary>
public sealed record PersonInvited(
    Guid PersonId, string Agency, string Email, string Name, IReadOnlyList<string> Roles,
    string InvitationHash, DateTimeOffset ExpiresAt, string By, DateTimeOffset At);

/// <summary>The person followed the invitation and chose a password (stored as an Argon2id hash).</summary>
public sealed record InvitationAccepted(Guid PersonId, string PasswordHash, DateTimeOffset At);

/// <summary>The person enrolled a TOTP secret (encrypted) and was shown recovery codes once (kept hashed).</summary>
public sealed record SecondFactorEnrolled(Guid PersonId, string ProtectedSecret, IReadOnlyList<string> RecoveryCodeHashes, DateTimeOffset At);

/// <summary>A full sign-in (password and second factor). <c>TotpStep</c> is the time step used, so a code is never accepted twice.</summary>
public sealed record PersonSignedIn(Guid PersonId, long? TotpStep, int? RecoveryCodeUsed, DateTimeOffset At);

/// <summary>A wrong password or code. The fifth in a row locks the account for <see cref="Person.LockFor"/>.</summary>
public sealed record PersonSignInFailed(Guid PersonId, string Step, DateTimeOffset At);

public sealed record PersonRolesChanged(Guid PersonId, IReadOnlyList<string> Roles, string By, DateTimeOffset At);

/// <summary>The person may no longer sign in, and every token issued to them is refused.</summary>
public sealed record PersonDisabled(Guid PersonId, string By, DateTimeOffset At);

/// <summary>The person must enrol a new second factor at their next sign-in; their tokens are refused.</summary>
public sealed record SecondFactorReset(Guid PersonId, string By, DateTimeOffset At);
