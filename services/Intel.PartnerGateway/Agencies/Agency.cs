namespace Intel.PartnerGateway.Agencies;

/// <summary>An agency joined (by the seeder or an administrator, <c>By</c>; older events name no one).</summary>
public sealed record AgencyRegistered(string AgencyId, string Name, DateTimeOffset At, string? By = null);

/// <summary>A partner agency. The stream id is derived from the agency id, so registering twice collides.</summary>
public sealed record Agency(Guid Id, string AgencyId, string Name, DateTimeOffset RegisteredAt)
{
    public static Guid StreamIdFor(string agencyId) => StreamIds.For("agency", agencyId);

    public static Agency Create(AgencyRegistered e) => new(StreamIdFor(e.AgencyId), e.AgencyId, e.Name, e.At);
}
