using System.Security.Cryptography;
using Marten;
using Microsoft.Extensions.Options;
using Intel.PartnerGateway.Tokens;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.Keys;

/// <summary>
/// Changes to the signing-key ring: the first key, rotation, retirement. Each is an event on the one
/// ring stream, appended with its expected version, so concurrent changes from two instances conflict.
/// </summary>
public sealed class KeyRotation(
    IDocumentStore store, KeyProtector protector, SigningKeys keys, IOptions<KeySettings> settings,
    IHostEnvironment environment, TimeProvider clock, ILogger<KeyRotation> logger)
{
    public const string System = "partner-gateway";

    /// <summary>
    /// How long after a key stops signing it stays published: the token lifetime, the clock skew
    /// validators allow, and the time another instance may still sign with it from its cache.
    /// </summary>
    public static readonly TimeSpan PublishedAfterSigning = IssueToken.Lifetime + TimeSpan.FromMinutes(5);

    /// <summary>
    /// Before the first request: import a configured key the ring does not hold yet (it then signs);
    /// otherwise keep the ring. An empty ring gets a generated key, except in production, where the
    /// first key must be chosen by an operator (Auth:SigningKeyPem) rather than appear by accident.
    /// </summary>
    public async Task EnsureSigningKeyAsync(CancellationToken cancellationToken)
    {
        await using var session = store.OpenTracedSession(System);
        var ring = await session.Events.FetchForWriting<SigningKeyRing>(SigningKeyRing.StreamId, cancellationToken);
        var pem = settings.Value.SigningKeyPem;
        if (!string.IsNullOrWhiteSpace(pem))
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            var keyId = SigningKeys.KeyIdOf(rsa);
            if (ring.Aggregate?.Keys.Any(k => k.KeyId == keyId) != true)
            {
                ring.AppendOne(Created(rsa, "configuration", System));
                logger.LogInformation("Imported the configured signing key {KeyId}", keyId);
            }
        }
        else if (ring.Aggregate?.Signing() is null)
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "Refusing to start: the store holds no signing key and Auth:SigningKeyPem is not set; " +
                    "production needs its first signing key configured (it is then kept, and rotated, in the store).");
            }
            using var rsa = RSA.Create(2048);
            ring.AppendOne(Created(rsa, "generated", System));
            logger.LogWarning("The store held no signing key and Auth:SigningKeyPem is not set; generated one");
        }
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            // Another instance starting at the same moment created the first key; use that one.
            logger.LogInformation("Another instance created the first signing key concurrently");
        }
        keys.Invalidate();
        // Fails here, not at the first token request, when the stored keys cannot be decrypted.
        await keys.LoadAsync(cancellationToken);
    }

    /// <summary>A new key signs from now on; the previous one stays published until its tokens have expired.</summary>
    public async Task<RingKey> RotateAsync(string by, string origin, CancellationToken cancellationToken)
    {
        await using var session = store.OpenTracedSession(by);
        var ring = await session.Events.FetchForWriting<SigningKeyRing>(SigningKeyRing.StreamId, cancellationToken);
        using var rsa = RSA.Create(2048);
        var created = Created(rsa, origin, by);
        ring.AppendOne(created);
        await session.SaveChangesAsync(cancellationToken);
        keys.Invalidate();
        logger.LogInformation("Signing key rotated to {KeyId} by {By} ({Origin})", created.KeyId, by, origin);
        return new RingKey(created.KeyId, created.PublicKey, created.ProtectedPrivateKey, created.At, null, null);
    }

    /// <summary>Automatic rotation when configured, and retirement of keys whose tokens have all expired.</summary>
    public async Task MaintainAsync(CancellationToken cancellationToken)
    {
        await using var session = store.OpenTracedSession(System);
        var ring = await session.Events.FetchForWriting<SigningKeyRing>(SigningKeyRing.StreamId, cancellationToken);
        if (ring.Aggregate is not { } current)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var changed = false;
        var rotationDays = settings.Value.KeyRotationDays;
        if (rotationDays > 0 && current.Signing() is { } signing && signing.CreatedAt.AddDays(rotationDays) <= now)
        {
            using var rsa = RSA.Create(2048);
            ring.AppendOne(Created(rsa, "scheduled", System));
            changed = true;
            logger.LogInformation("Signing key {KeyId} is {Days} days old; rotating", signing.KeyId, rotationDays);
        }
        foreach (var due in current.DueForRetirement(now, PublishedAfterSigning))
        {
            ring.AppendOne(new SigningKeyRetired(due.KeyId, System, now));
            changed = true;
            logger.LogInformation("Retired signing key {KeyId}: every token it signed has expired", due.KeyId);
        }
        if (!changed)
        {
            return;
        }
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            keys.Invalidate();
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            // Another instance changed the ring first; the next round starts from its result.
            logger.LogInformation("The signing-key ring changed concurrently; maintenance resumes next round");
        }
    }

    private SigningKeyCreated Created(RSA rsa, string origin, string by)
    {
        var keyId = SigningKeys.KeyIdOf(rsa);
        var pkcs8 = rsa.ExportPkcs8PrivateKey();
        try
        {
            return new SigningKeyCreated(keyId, Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()),
                protector.Protect(keyId, pkcs8), origin, by, clock.GetUtcNow());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }
}
