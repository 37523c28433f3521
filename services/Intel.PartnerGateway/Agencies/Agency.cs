namespace Intel.PartnerGateway.Agencies;

public sealed record AgencyRegistered(string AgencyId, string Name, DateTimeOffset At);

/// <summary>A partner agency. The stream id is derived from the agency id, so registering twice collides.</summary>
public sealed record Agency(Guid Id, string AgencyId, string Name)
{
    public static Agency Create(AgencyRegistered e) => new(StreamIds.For("agency", e.AgencyId), e.AgencyId, e.Name);
}
