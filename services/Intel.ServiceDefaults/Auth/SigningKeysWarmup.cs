using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Intel.ServiceDefaults.Warmup;

namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// Fetches partner-gateway's OpenID configuration and key set before the first token arrives, and validates a token of
/// the same shape signed with a throwaway key, so the first partner's call neither waits for partner-gateway nor pays for
/// compiling the token handler.
/// </summary>
internal sealed class SigningKeysWarmup(
    IOptionsMonitor<JwtBearerOptions> options, AuthSettings settings, IHttpClientFactory clients, TimeProvider clock) : IWarmup
{
    public async Task WarmAsync(CancellationToken ct)
    {
        var bearer = options.Get(JwtBearerDefaults.AuthenticationScheme);
        // Asked first by itself: a configuration manager that failed (partner-gateway still starting) waits before asking
        // again. partner-gateway itself reads its own keys and has no address to ask.
        if (Uri.TryCreate(bearer.MetadataAddress, UriKind.Absolute, out var metadata))
        {
            using var answer = await clients.CreateClient(nameof(SigningKeysWarmup)).GetAsync(metadata, ct);
            answer.EnsureSuccessStatusCode();
        }
        var configuration = await bearer.ConfigurationManager!.GetConfigurationAsync(ct);
        if (configuration.SigningKeys.Count == 0)
        {
            throw new InvalidOperationException("partner-gateway publishes no signing keys yet.");
        }

        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "warm-up" };
        var now = clock.GetUtcNow().UtcDateTime;
        var handler = new JsonWebTokenHandler();
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer, Audience = settings.Audience, IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(1),
            Subject = new ClaimsIdentity([new Claim(Caller.ClientClaim, "warm-up"), new Claim(Caller.AgencyClaim, "warm-up")]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        var parameters = bearer.TokenValidationParameters.Clone();
        parameters.IssuerSigningKeys = [key];
        var validator = bearer.TokenHandlers.OfType<JsonWebTokenHandler>().FirstOrDefault() ?? handler;
        var validated = await validator.ValidateTokenAsync(token, parameters);
        if (!validated.IsValid)
        {
            throw new InvalidOperationException("A token of the platform's shape did not validate.", validated.Exception);
        }
    }
}
