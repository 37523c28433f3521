namespace Intel.AnalystConsole.People;

/// <summary>A person of the administrator's agency as GET /api/v1/people answers them.</summary>
public sealed record PersonView(
    Guid Id, string Email, string Name, IReadOnlyList<string> Roles, string Status, bool SecondFactor, DateTimeOffset? InvitationExpiresAt);

public static class Roles
{
    public static readonly IReadOnlyList<string> All = ["analyst", "decider", "agency-admin"];
}
