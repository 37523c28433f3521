using System.Security.Cryptography;
using System.Text;
using OtpNet;
using QRCoder;
using Intel.PartnerGateway.Keys;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// TOTP (RFC 6238: SHA-1, six digits, 30 s, one step of drift either way) and recovery codes. Secrets are
/// kept encrypted like the signing keys, with the person's id as associated data.
/// </summary>
public sealed class SecondFactor(KeyProtector protector, TimeProvider clock)
{
    public const string Issuer = "Intel";
    public const int RecoveryCodes = 10;

    public static byte[] NewSecret() => KeyGeneration.GenerateRandomKey(20);

    public string Protect(Guid personId, byte[] secret) => protector.Protect(KeyIdOf(personId), secret);

    /// <summary>The matched time step when <paramref name="code"/> is current and later than <paramref name="lastStep"/>.</summary>
    public long? Verify(Guid personId, string protectedSecret, string code, long lastStep)
    {
        var secret = protector.Unprotect(KeyIdOf(personId), protectedSecret);
        return VerifySecret(secret, code, lastStep);
    }

    public long? VerifySecret(byte[] secret, string code, long lastStep)
    {
        var totp = new Totp(secret, timeCorrection: new TimeCorrection(clock.GetUtcNow().UtcDateTime));
        var normalised = code.Replace(" ", "", StringComparison.Ordinal);
        return totp.VerifyTotp(normalised, out var step, new VerificationWindow(1, 1)) && step > lastStep ? step : null;
    }

    public static string OtpAuthUri(string email, byte[] secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}" +
        $"?secret={Base32Encoding.ToString(secret)}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>An SVG QR code, inlined into the enrolment page (no outside addresses).</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>Ten codes of 10 base-32 letters, shown once; only their SHA-256 is kept (they are random, not chosen).</summary>
    public static IReadOnlyList<string> NewRecoveryCodes() =>
        [.. Enumerable.Range(0, RecoveryCodes).Select(_ => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(7))[..10].ToLowerInvariant())];

    public static string HashRecoveryCode(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal))));

    private static string KeyIdOf(Guid personId) => $"totp:{personId}";
}
