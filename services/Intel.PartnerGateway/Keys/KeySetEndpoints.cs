using Microsoft.IdentityModel.Tokens;
using Intel.PartnerGateway.Oidc;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Keys;

/// <summary>
/// The discovery document and key set every part fetches to validate tokens. The key set is read
/// from the store on each request (validators fetch it rarely), so it lists a key rotated on any
/// instance the moment a token signed with it can exist.
/// </summary>
public static class KeySetEndpoints
{
    private static readonly string[] GrantTypes = ["client_credentials", "authorization_code", "refresh_token"];
    private static readonly string[] ResponseTypes = ["code"];
    private static readonly string[] ChallengeMethods = ["S256"];
    private static readonly string[] SubjectTypes = ["public"];
    private static readonly string[] AuthMethods = ["client_secret_post", "client_secret_basic"];
    private static readonly string[] SigningAlgorithms = [SecurityAlgorithms.RsaSha256];

    public static IEndpointRouteBuilder MapKeySet(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request, AuthSettings auth) =>
        {
            var self = $"{request.Scheme}://{request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = auth.Issuer,
                ["jwks_uri"] = self + "/.well-known/jwks.json",
                ["token_endpoint"] = self + "/connect/token",
                ["authorization_endpoint"] = self + "/connect/authorize",
                ["end_session_endpoint"] = self + "/connect/logout",
                ["response_types_supported"] = ResponseTypes,
                ["code_challenge_methods_supported"] = ChallengeMethods,
                ["subject_types_supported"] = SubjectTypes,
                ["grant_types_supported"] = GrantTypes,
                ["token_endpoint_auth_methods_supported"] = AuthMethods,
                ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
                ["scopes_supported"] = PersonClaims.GrantableScopes.Union(Scopes.All),
            });
        }).AllowAnonymous();

        app.MapGet("/.well-known/jwks.json", async (SigningKeys keys, CancellationToken ct) =>
        {
            var published = (await keys.LoadAsync(ct)).Published;
            // Only the public parameters leave: the published keys are built from the public halves alone.
            return Results.Json(new
            {
                keys = published.Select(k => JsonWebKeyConverter.ConvertFromRSASecurityKey(k)).Select(k => new
                {
                    kty = k.Kty, use = "sig", kid = k.Kid, alg = SecurityAlgorithms.RsaSha256, n = k.N, e = k.E,
                }),
            });
        }).AllowAnonymous();
        return app;
    }
}
