using Microsoft.IdentityModel.Tokens;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Tokens;

/// <summary>The discovery document and key set every part fetches to validate tokens.</summary>
public static class KeySetEndpoints
{
    private static readonly string[] GrantTypes = ["client_credentials"];
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
                ["grant_types_supported"] = GrantTypes,
                ["token_endpoint_auth_methods_supported"] = AuthMethods,
                ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
                ["scopes_supported"] = Scopes.All,
            });
        }).AllowAnonymous();

        app.MapGet("/.well-known/jwks.json", (SigningKeys keys) => Results.Json(new
        {
            keys = keys.Published.Select(k => JsonWebKeyConverter.ConvertFromSecurityKey(k)).Select(k => new
            {
                kty = k.Kty, use = "sig", kid = k.Kid, alg = SecurityAlgorithms.RsaSha256, n = k.N, e = k.E,
            }),
        })).AllowAnonymous();
        return app;
    }
}
