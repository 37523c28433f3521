using Intel.PartnerGateway.Keys;

namespace Intel.PartnerGateway.Webhooks;

/// <summary>
/// A subscription's webhook as partner-gateway knows it. The signing secret is stored encrypted
/// under Auth:KeyEncryptionKey, bound to the subscription id, like the private signing keys.
/// </summary>
public sealed record WebhookEndpoint(Guid Id, string Agency, string ClientId, string Url, string ProtectedSecret, DateTimeOffset RegisteredAt)
{
    public const string SecretPrefix = "whsec_";

    public static string KeyIdFor(Guid subscriptionId) => $"webhook:{subscriptionId:N}";

    /// <summary>Standard Webhooks' form of a signing secret: "whsec_" and base64 of the key.</summary>
    public static string SecretText(byte[] key) => SecretPrefix + Convert.ToBase64String(key);

    /// <summary>The HMAC key: the bytes that "whsec_" + base64 encodes.</summary>
    public byte[] SigningKey(KeyProtector protector) => protector.Unprotect(KeyIdFor(Id), ProtectedSecret);
}
