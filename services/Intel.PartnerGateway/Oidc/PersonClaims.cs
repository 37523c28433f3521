using System.Security.Claims;
using OpenIddict.Abstractions;
using Intel.PartnerGateway.People;
using Intel.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Intel.PartnerGateway.Oidc;

/// <summary>The identity a person's tokens carry, rebuilt from their current state at sign-in and at every refresh.</summary>
public static class PersonClaims
{
    public const string NameClaim = "name";
    public const string MethodsClaim = "amr";

    /// <summary>Private: the person's token cut-off, so a token issued in the same second after it is stamped later.</summary>
    public const string ValidFromClaim = "intel_valid_from";

    /// <summary>Password, one-time code, and so more than one factor (RFC 8176).</summary>
    public static readonly IReadOnlyList<string> Methods = ["pwd", "otp", "mfa"];

    public static readonly IReadOnlyList<string> GrantableScopes =
        [OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.OfflineAccess, OpenIddictConstants.Scopes.Profile, .. Roles.ScopesOf(Roles.All)];

    public static ClaimsPrincipal For(Person person, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "person", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, person.Id.ToString());
        identity.SetClaim(Caller.AgencyClaim, person.Agency);
        identity.SetClaim(NameClaim, person.Name);
        identity.SetClaims(MethodsClaim, [.. Methods]);
        if (person.TokensValidFrom is { } validFrom)
        {
            identity.SetClaim(ValidFromClaim, validFrom.ToUnixTimeMilliseconds());
        }
        var allowed = Roles.ScopesOf(person.Roles).Concat([OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.OfflineAccess, OpenIddictConstants.Scopes.Profile]).ToHashSet(StringComparer.Ordinal);
        identity.SetScopes(requestedScopes.Where(allowed.Contains));
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            NameClaim or MethodsClaim or Caller.AgencyClaim => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
