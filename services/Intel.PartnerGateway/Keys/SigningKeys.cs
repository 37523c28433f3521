using System.Collections.Concurrent;
using System.Security.Cryptography;
using Marten;
using Microsoft.IdentityModel.Tokens;

namespace Intel.PartnerGateway.Keys;

/// <summary>The key that signs now and the public keys tokens may carry, as read from the ring.</summary>
public sealed record KeySet(SigningCredentials Signing, IReadOnlyList<RsaSecurityKey> Published);

/// <summary>
/// The signing-key ring as this instance sees it. Cached briefly because every token request needs
/// it; a rotation on this instance takes effect at once, one on another instance within
/// <see cref="CacheFor"/> (the older key stays valid meanwhile, so nothing is refused).
/// </summary>
public sealed class SigningKeys(IDocumentStore store, KeyProtector protector, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, RsaSecurityKey> _privateKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RsaSecurityKey> _publicKeys = new(StringComparer.Ordinal);
    private volatile Cached? _cached;

    private sealed record Cached(KeySet Keys, DateTimeOffset Until);

    public async Task<KeySet> CurrentAsync(CancellationToken cancellationToken) =>
        _cached is { } cached && cached.Until > clock.GetUtcNow() ? cached.Keys : await LoadAsync(cancellationToken);

    /// <summary>Straight from the store: what the key set endpoint publishes, so a validator never misses a new key.</summary>
    public async Task<KeySet> LoadAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var ring = await session.LoadAsync<SigningKeyRing>(SigningKeyRing.StreamId, cancellationToken)
            ?? throw new InvalidOperationException("No signing key exists yet; partner-gateway creates one at start.");
        var keys = Build(ring);
        _cached = new Cached(keys, clock.GetUtcNow() + CacheFor);
        return keys;
    }

    public void Invalidate() => _cached = null;

    private KeySet Build(SigningKeyRing ring)
    {
        var signing = ring.Signing() ?? throw new InvalidOperationException("Every signing key is retired.");
        var privateKey = _privateKeys.GetOrAdd(signing.KeyId, keyId =>
        {
            var rsa = RSA.Create();
            var pkcs8 = protector.Unprotect(keyId, signing.ProtectedPrivateKey);
            try
            {
                rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(pkcs8);
            }
            return new RsaSecurityKey(rsa) { KeyId = keyId };
        });
        var published = ring.Published().Select(k => _publicKeys.GetOrAdd(k.KeyId, _ => PublicKey(k))).ToList();
        return new KeySet(new SigningCredentials(privateKey, SecurityAlgorithms.RsaSha256), published);
    }

    private static RsaSecurityKey PublicKey(RingKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.PublicKey), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }

    /// <summary>The key id is derived from the public key, so the same key always gets the same id.</summary>
    public static string KeyIdOf(RSA rsa) => Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo())[..12]);
}
