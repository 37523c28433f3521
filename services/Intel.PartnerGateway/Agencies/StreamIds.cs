using System.Security.Cryptography;
using System.Text;

namespace Intel.PartnerGateway.Agencies;

/// <summary>Stable stream ids from natural keys (agency id, client id), so a second registration conflicts.</summary>
public static class StreamIds
{
    public static Guid For(string kind, string naturalKey) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{naturalKey}"))[..16]);
}
