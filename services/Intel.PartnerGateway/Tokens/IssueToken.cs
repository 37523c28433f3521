using System.Net.Http.Headers;
using System.Text;
using Marten;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Intel.PartnerGateway.Clients;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.Oidc;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Tokens;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4): a client's secret for a signed, one-hour token. People's code
/// and refresh exchanges reach the same route after OpenIddict validated them.
/// </summary>
public static class IssueToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", HandleAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, IQuerySession session, SigningKeys keys, AuthSettings auth, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "The body must be application/x-www-form-urlencoded.", 400);
        }
        var form = await request.ReadFormAsync(ct);
        if (form["grant_type"] == "authorization_code" || form["grant_type"] == "refresh_token")
        {
            // People's grants, already validated by OpenIddict (code, PKCE verifier, refresh token, client).
            return await PersonEndpoints.ExchangeAsync(request.HttpContext, request.HttpContext.RequestServices.GetRequiredService<IDocumentStore>(), ct);
        }
        if (form["grant_type"] != "client_credentials")
        {
            return OAuthError("unsupported_grant_type", "Supported: client_credentials, and for people authorization_code and refresh_token.", 400);
        }
        var (clientId, secret) = CredentialsOf(request, form);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            return OAuthError("invalid_client", null, 401);
        }
        var client = await session.Query<PartnerClient>().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null || client.RevokedAt is not null || !SecretHasher.Verify(secret, client.SecretHash))
        {
            return OAuthError("invalid_client", null, 401);
        }

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Except(client.Scopes).Any())
        {
            return OAuthError("invalid_scope", "The client may not request that scope.", 400);
        }
        var granted = string.Join(' ', requested.Length > 0 ? requested : client.Scopes);
        var now = clock.GetUtcNow();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = IssuedAt(now, client.TokensValidFrom).UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(Lifetime).UtcDateTime,
            SigningCredentials = (await keys.CurrentAsync(ct)).Signing,
            Claims = new Dictionary<string, object>
            {
                [Caller.ClientClaim] = client.ClientId,
                [Caller.AgencyClaim] = client.Agency,
                [Caller.ScopeClaim] = granted,
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
        });
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)Lifetime.TotalSeconds,
            ["scope"] = granted,
        });
    }

    /// <summary>
    /// iat has whole seconds and validators refuse tokens issued before the client's last secret
    /// rotation; a token issued in the same second, after it, is stamped with the next second.
    /// </summary>
    internal static DateTimeOffset IssuedAt(DateTimeOffset now, DateTimeOffset? validFrom) =>
        validFrom is { } from && DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()) < from
            ? DateTimeOffset.FromUnixTimeSeconds(from.ToUnixTimeSeconds() + 1)
            : now;

    private static (string? ClientId, string? Secret) CredentialsOf(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }
        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static IResult OAuthError(string error, string? description, int status)
    {
        var body = new Dictionary<string, string> { ["error"] = error };
        if (description is not null)
        {
            body["error_description"] = description;
        }
        return Results.Json(body, statusCode: status);
    }
}
