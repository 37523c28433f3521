using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Intel.PartnerGateway.Tokens;

/// <summary>
/// The RSA key tokens are signed with (configuration "Auth:SigningKeyPem"). Outside production an
/// unset key is generated at start, which only means tokens do not survive a restart.
/// </summary>
public sealed class SigningKeys
{
    public RsaSecurityKey Current { get; }

    public SigningKeys(IConfiguration configuration, IHostEnvironment environment, ILogger<SigningKeys> logger)
    {
        var pem = configuration["Auth:SigningKeyPem"];
        var rsa = RSA.Create();
        if (!string.IsNullOrWhiteSpace(pem))
        {
            rsa.ImportFromPem(pem);
        }
        else if (environment.IsProduction())
        {
            throw new InvalidOperationException("Refusing to start: Auth:SigningKeyPem is not set, and production needs a persistent signing key.");
        }
        else
        {
            rsa.KeySize = 2048;
            logger.LogWarning("Auth:SigningKeyPem is not set; signing with a key generated for this run");
        }
        Current = new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo())[..12]) };
    }

    public SigningCredentials Credentials => new(Current, SecurityAlgorithms.RsaSha256);

    public IEnumerable<SecurityKey> Published => [Current];
}
