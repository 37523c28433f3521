using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intel.Gateway.Tests;

/// <summary>Tokens a partner-gateway never issued as they are: foreign, expired, for another audience, edited.</summary>
public static class CraftedTokens
{
    public static string Sign(SecurityKey key, string audience = "intel-api", TimeSpan? expiresIn = null, string scope = "reports:read reports:write")
    {
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "intel",
            Audience = audience,
            IssuedAt = expires - TimeSpan.FromHours(1),
            NotBefore = expires - TimeSpan.FromHours(1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object> { ["sub"] = "uk-nca-feed", ["agency"] = "uk-nca", ["scope"] = scope },
        });
    }

    /// <summary>The same claims signed with a key of the attacker's own, presenting the real key's id.</summary>
    public static string Foreign(string keyId)
    {
        using var rsa = RSA.Create(2048);
        return Sign(new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = keyId });
    }

    /// <summary>A genuine token whose payload is edited (one more scope), its signature kept.</summary>
    public static string WithEditedPayload(string token, string extraScope)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload["scope"] = $"{payload["scope"]} {extraScope}";
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
