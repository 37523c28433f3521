using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.Tokens;
using Intel.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Intel.PartnerGateway.Oidc;

/// <summary>
/// Writes a person's access and identity tokens as the platform's own JWTs: signed by the current key of the
/// ring every part already trusts, with the platform's issuer and audience and the claims API.md names. It runs
/// before OpenIddict's own writer, which leaves a token already written alone; authorization codes and refresh
/// tokens stay OpenIddict's (read back only by partner-gateway).
/// </summary>
internal sealed class PersonTokens(SigningKeys keys, AuthSettings auth, TimeProvider clock) : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<PersonTokens>()
            .SetOrder(OpenIddictServerHandlers.Protection.GenerateIdentityModelToken.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType is not (TokenTypeIdentifiers.AccessToken or TokenTypeIdentifiers.IdentityToken) || context.Principal is not { } principal)
        {
            return;
        }
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject)!,
            [Caller.AgencyClaim] = principal.GetClaim(Caller.AgencyClaim)!,
            [PersonClaims.NameClaim] = principal.GetClaim(PersonClaims.NameClaim)!,
            [PersonClaims.MethodsClaim] = principal.GetClaims(PersonClaims.MethodsClaim).ToArray(),
            [Claims.JwtId] = Guid.NewGuid().ToString("N"),
        };
        if (context.TokenType is TokenTypeIdentifiers.AccessToken)
        {
            claims[Caller.ScopeClaim] = string.Join(' ', principal.GetScopes().Where(s => s is not (OpenIddictConstants.Scopes.OpenId or OpenIddictConstants.Scopes.OfflineAccess or OpenIddictConstants.Scopes.Profile)));
            claims[Claims.ClientId] = context.ClientId!;
        }
        else if (principal.GetClaim(Claims.Nonce) is { } nonce)
        {
            claims[Claims.Nonce] = nonce;
        }
        var validFrom = long.TryParse(principal.GetClaim(PersonClaims.ValidFromClaim), out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
        var created = IssueToken.IssuedAt(principal.GetCreationDate() ?? clock.GetUtcNow(), validFrom);
        context.Token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = context.TokenType is TokenTypeIdentifiers.AccessToken ? auth.Audience : context.ClientId,
            IssuedAt = created.UtcDateTime,
            NotBefore = created.UtcDateTime,
            Expires = (principal.GetExpirationDate() ?? created.Add(AccessTokenLifetime)).UtcDateTime,
            SigningCredentials = (await keys.CurrentAsync(context.CancellationToken)).Signing,
            TokenType = context.TokenType is TokenTypeIdentifiers.AccessToken ? JsonWebTokenTypes.AccessToken : "JWT",
            Claims = claims,
        });
    }
}
