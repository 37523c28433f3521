using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Intel.PartnerGateway.People;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// partner-gateway's own cookie for a person between the sign-in pages and the authorization endpoint. It
/// first says only that the password was right (five minutes to give the code); after the second factor it
/// says the person signed in, for the length of one working session.
/// </summary>
public static class PeopleSession
{
    public const string Scheme = "people-session";
    public const string StageClaim = "stage";
    public const string PasswordStage = "password";
    public const string SignedInStage = "signed-in";
    public static readonly TimeSpan PasswordStageLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(10);

    public static AuthenticationBuilder AddPeopleSession(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "intel-people";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = false;
            o.LoginPath = "/account/sign-in";
        });

    public static Task SignInAsync(HttpContext http, Person person, string stage, DateTimeOffset now)
    {
        var identity = new ClaimsIdentity([new Claim("sub", person.Id.ToString()), new Claim(StageClaim, stage)], Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties
        {
            IssuedUtc = now,
            ExpiresUtc = now + (stage == SignedInStage ? SessionLifetime : PasswordStageLifetime),
        });
    }

    /// <summary>The person's id and stage, if the cookie is valid.</summary>
    public static async Task<(Guid PersonId, string Stage, DateTimeOffset IssuedAt)?> ReadAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded && Guid.TryParse(result.Principal.FindFirstValue("sub"), out var id)
            && result.Principal.FindFirstValue(StageClaim) is { } stage && result.Properties?.IssuedUtc is { } issued
            ? (id, stage, issued)
            : null;
    }
}
