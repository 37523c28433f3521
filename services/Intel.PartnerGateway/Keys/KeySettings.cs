namespace Intel.PartnerGateway.Keys;

/// <summary>Signing-key settings of partner-gateway (configuration section "Auth", beside the shared AuthSettings).</summary>
public sealed class KeySettings
{
    /// <summary>
    /// An RSA private key (PEM). Imported into the store once, where it becomes the signing key; later
    /// rotations replace it there. Needed in production only to bootstrap an empty store.
    /// </summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>Base64 of 32 random bytes: the AES-256-GCM key that encrypts private keys in the store. Required in production.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Rotate the signing key automatically once it is this many days old; 0 turns automatic rotation off.</summary>
    public int KeyRotationDays { get; set; }
}
