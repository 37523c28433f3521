using Marten;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Intel.PartnerGateway.People;
using Intel.PartnerGateway.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Intel.PartnerGateway.Oidc;

/// <summary>
/// The parts of the OpenID flows OpenIddict hands back after validating the protocol: who the person is at
/// the authorization endpoint, whether they may still have tokens at a code or refresh exchange (their current
/// roles, or a refusal once disabled or their second factor reset), and sign-out.
/// </summary>
public static class PersonEndpoints
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapPersonEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], LogoutAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle the request.");
        var signedIn = await PeopleSession.ReadAsync(http);
        Person? person = null;
        if (signedIn is { Stage: PeopleSession.SignedInStage } cookie && !request.HasPromptValue(PromptValues.Login))
        {
            await using var session = store.QuerySession();
            person = await session.LoadAsync<Person>(cookie.PersonId, ct);
            // A session older than the person's last change (disabled, roles, second factor reset) signs in again.
            if (person is not { Active: true, ProtectedTotpSecret: not null } || person.TokensValidFrom > cookie.IssuedAt)
            {
                person = null;
            }
        }
        if (person is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(Refusal(Errors.LoginRequired, "The person is not signed in."), [Scheme]);
            }
            await http.SignOutAsync(PeopleSession.Scheme);
            var parameters = http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList();
            var back = "/connect/authorize" + QueryString.Create(parameters.Where(p => p.Key != Parameters.Prompt));
            return Results.Redirect($"{PasswordStep.Path}?returnUrl={Uri.EscapeDataString(back)}");
        }
        return Results.SignIn(PersonClaims.For(person, request.GetScopes()), authenticationScheme: Scheme);
    }

    /// <summary>Code and refresh exchanges, after OpenIddict has validated the code, PKCE verifier or refresh token.</summary>
    public static async Task<IResult> ExchangeAsync(HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        var result = await http.AuthenticateAsync(Scheme);
        await using var session = store.QuerySession();
        var person = Guid.TryParse(result.Principal?.GetClaim(Claims.Subject), out var id) ? await session.LoadAsync<Person>(id, ct) : null;
        if (person is not { Active: true, ProtectedTotpSecret: not null })
        {
            return Results.Forbid(Refusal(Errors.InvalidGrant, "The person may no longer sign in."), [Scheme]);
        }
        return Results.SignIn(PersonClaims.For(person, result.Principal!.GetScopes()), authenticationScheme: Scheme);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, IOpenIddictAuthorizationManager authorizations, CancellationToken ct)
    {
        if (await PeopleSession.ReadAsync(http) is { } signedIn)
        {
            // Signing out ends the person's refresh tokens too, not just this browser's cookie.
            await foreach (var authorization in authorizations.FindBySubjectAsync(signedIn.PersonId.ToString(), ct))
            {
                await authorizations.TryRevokeAsync(authorization, ct);
            }
        }
        await http.SignOutAsync(PeopleSession.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/signed-out" }, [Scheme]);
    }

    private static AuthenticationProperties Refusal(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
