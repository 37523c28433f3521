using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Intel.PartnerGateway.People;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// GET/POST /account/sign-in: email and password. Every refusal reads the same and costs one Argon2id
/// verification, whether the account is unknown, disabled, locked or the password wrong, so the page never
/// tells whether an account exists. Each wrong password of a real account counts towards its lock.
/// </summary>
public static class PasswordStep
{
    public const string Path = "/account/sign-in";

    public static IEndpointRouteBuilder MapPasswordStep(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, string? returnUrl) => Show(http, returnUrl, null)).AllowAnonymous();
        app.MapPost(Path, SubmitAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static IResult Show(HttpContext http, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var back = Page.LocalOrDefault(returnUrl);
        var text = SignInText.For(http, back);
        return Page.Render(http, text, text["SignInTitle"], Page.Error(error is null ? null : text[error]) + Page.Form(http, text, Path,
            Page.Hidden("returnUrl", back) +
            Page.Field("email", text["Email"], "email", "username") + Page.Field("password", text["Password"], "password", "current-password"),
            text["Continue"]), [new("returnUrl", back)], status);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, IAntiforgery antiforgery, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Show(http, null, "FormExpired", StatusCodes.Status400BadRequest);
        }
        var form = await http.Request.ReadFormAsync(ct);
        var returnUrl = Page.LocalOrDefault(form["returnUrl"]);
        var email = form["email"].ToString().Trim().ToLowerInvariant();
        var password = form["password"].ToString();

        await using var session = store.OpenTracedSession("sign-in");
        var person = email.Length is > 0 and <= 254
            ? await session.Query<Person>().FirstOrDefaultAsync(p => p.Email == email, ct)
            : null;
        var now = clock.GetUtcNow();
        var right = Passwords.Verify(password, person?.PasswordHash);
        if (person is not { Active: true } || person.IsLocked(now) || !right)
        {
            if (person is { Active: true } && !person.IsLocked(now))
            {
                session.Events.Append(person.Id, new PersonSignInFailed(person.Id, "password", now));
                await session.SaveChangesAsync(ct);
            }
            return Show(http, returnUrl, "PasswordRefused", StatusCodes.Status400BadRequest);
        }
        await PeopleSession.SignInAsync(http, person, PeopleSession.PasswordStage, now);
        return Results.Redirect($"{SecondFactorStep.Path}?returnUrl={Uri.EscapeDataString(returnUrl)}&lang={SignInText.For(http, returnUrl).Language}");
    }
}
