using System.Security.Cryptography;
using System.Text;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>Standard Webhooks signing: "v1," + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")).</summary>
public static class WebhookSignature
{
    public static string Sign(byte[] key, string id, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
}
