using Intel.ServiceDefaults.Identity;

namespace Intel.PartnerGateway.Agencies;

/// <summary>Stable stream ids from natural keys (agency id, client id), so a second registration conflicts.</summary>
public static class StreamIds
{
    public static Guid For(string kind, string naturalKey) => DeterministicId.Of($"{kind}:{naturalKey}");
}
