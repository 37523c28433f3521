using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Intel.PartnerGateway.Keys;

/// <summary>
/// Encrypts private keys before they reach the store (AES-256-GCM, the key id as associated data, so
/// a ciphertext cannot be passed off as another key). A database dump alone then cannot sign tokens.
/// </summary>
public sealed class KeyProtector
{
    private const string Format = "aes256gcm";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    public KeyProtector(IOptions<KeySettings> settings, IHostEnvironment environment, ILogger<KeyProtector> logger)
    {
        var configured = settings.Value.KeyEncryptionKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _key = Convert.FromBase64String(configured);
            if (_key.Length != 32)
            {
                throw new InvalidOperationException("Refusing to start: Auth:KeyEncryptionKey must be base64 of exactly 32 bytes.");
            }
        }
        else if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Refusing to start: Auth:KeyEncryptionKey is not set, and production stores signing keys encrypted with it.");
        }
        else
        {
            // Outside production a fixed, public key keeps local databases readable across restarts; it protects nothing.
            _key = SHA256.HashData("intel-development-key-encryption-key"u8);
            logger.LogWarning("Auth:KeyEncryptionKey is not set; private signing keys are stored under a development key");
        }
    }

    /// <summary>A key for another purpose (HKDF-SHA256), the same on every instance that shares the encryption key.</summary>
    public byte[] Derive(string purpose, int length) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, length, info: Encoding.UTF8.GetBytes(purpose));

    public string Protect(string keyId, byte[] privateKey)
    {
        var output = new byte[NonceBytes + TagBytes + privateKey.Length];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, privateKey, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes), Encoding.UTF8.GetBytes(keyId));
        return $"{Format}${Convert.ToBase64String(output)}";
    }

    public byte[] Unprotect(string keyId, string protectedKey)
    {
        var parts = protectedKey.Split('$');
        if (parts.Length != 2 || parts[0] != Format)
        {
            throw new CryptographicException($"Signing key {keyId} is stored in an unknown format.");
        }
        var input = Convert.FromBase64String(parts[1]);
        var plain = new byte[input.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_key, TagBytes);
        try
        {
            aes.Decrypt(input.AsSpan(0, NonceBytes), input.AsSpan(NonceBytes + TagBytes), input.AsSpan(NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(keyId));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CryptographicException($"Signing key {keyId} cannot be decrypted: Auth:KeyEncryptionKey is not the key it was stored with.", e);
        }
        return plain;
    }
}
