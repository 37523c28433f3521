using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Intel.PartnerGateway.Keys;

namespace Intel.PartnerGateway.Tests;

/// <summary>The ring's decisions and the encryption of private keys, without a platform.</summary>
public sealed class SigningKeyRingTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_newest_key_signs_and_a_superseded_key_stays_published_until_its_tokens_have_expired()
    {
        var ring = SigningKeyRing.Create(Created("k1", T0)).Apply(Created("k2", T0.AddDays(30)));
        var grace = KeyRotation.PublishedAfterSigning;

        Assert.Equal("k2", ring.Signing()!.KeyId);
        Assert.Equal(["k1", "k2"], ring.Published().Select(k => k.KeyId));
        Assert.Empty(ring.DueForRetirement(T0.AddDays(30) + grace - TimeSpan.FromSeconds(1), grace));
        Assert.Equal(["k1"], ring.DueForRetirement(T0.AddDays(30) + grace, grace).Select(k => k.KeyId));

        ring = ring.Apply(new SigningKeyRetired("k1", "partner-gateway", T0.AddDays(31)));
        Assert.Equal(["k2"], ring.Published().Select(k => k.KeyId));
        Assert.Empty(ring.DueForRetirement(T0.AddYears(1), grace));
    }

    [Fact]
    public void A_protected_key_opens_only_under_its_own_id_and_the_key_encryption_key_it_was_stored_with()
    {
        var protector = Protector(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var secret = RandomNumberGenerator.GetBytes(64);

        var stored = protector.Protect("k1", secret);

        Assert.DoesNotContain(Convert.ToBase64String(secret), stored, StringComparison.Ordinal);
        Assert.Equal(secret, protector.Unprotect("k1", stored));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("k2", stored));
        var other = Protector(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Assert.Contains("Auth:KeyEncryptionKey", Assert.ThrowsAny<CryptographicException>(() => other.Unprotect("k1", stored)).Message);
    }

    [Fact]
    public void Production_refuses_to_store_keys_without_a_key_encryption_key()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Protector(null, Environments.Production));
        Assert.Contains("Auth:KeyEncryptionKey", refusal.Message);
    }

    private static SigningKeyCreated Created(string keyId, DateTimeOffset at) => new(keyId, "public", "private", "test", "tests", at);

    private static KeyProtector Protector(string? keyEncryptionKey, string environment = "Development") =>
        new(Options.Create(new KeySettings { KeyEncryptionKey = keyEncryptionKey }),
            new TestEnvironment(environment), NullLogger<KeyProtector>.Instance);

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
