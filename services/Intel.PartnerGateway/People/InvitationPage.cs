using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Intel.PartnerGateway.SignIn;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.People;

/// <summary>
/// GET/POST /account/invitation?token=…: the invited person chooses a password, once, before the link expires.
/// An unknown, used or expired link reads the same. The second factor is enrolled at the first sign-in.
/// </summary>
public static class InvitationPage
{
    public const string Path = "/account/invitation";
    private const int MaxPassword = 200;

    public static IEndpointRouteBuilder MapInvitationPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, string? token) => Show(http, token ?? "", null)).AllowAnonymous();
        app.MapPost(Path, AcceptAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static IResult Show(HttpContext http, string token, string? error, int status = StatusCodes.Status200OK)
    {
        var text = SignInText.For(http, null);
        return Page.Render(http, text, text["ChoosePasswordTitle"], Page.Error(error) + Page.Form(http, text, Path,
            Page.Hidden("token", token) +
            Page.Field("password", text.Format("NewPassword", Passwords.MinLength), "password", "new-password") +
            Page.Field("confirm", text["SameAgain"], "password", "new-password"), text["SetPassword"]), [new("token", token)], status);
    }

    private static IResult Invalid(HttpContext http)
    {
        var text = SignInText.For(http, null);
        return Page.Render(http, text, text["InvitationTitle"], Page.Error(text["InvitationInvalid"]), [], StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> AcceptAsync(HttpContext http, IAntiforgery antiforgery, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var token = form["token"].ToString();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Show(http, token, SignInText.For(http, null)["FormExpired"], StatusCodes.Status400BadRequest);
        }
        var password = form["password"].ToString();
        if (password.Length < Passwords.MinLength || password.Length > MaxPassword)
        {
            return Show(http, token, SignInText.For(http, null).Format("PasswordLength", Passwords.MinLength, MaxPassword), StatusCodes.Status400BadRequest);
        }
        if (password != form["confirm"])
        {
            return Show(http, token, SignInText.For(http, null)["PasswordsDiffer"], StatusCodes.Status400BadRequest);
        }
        var hash = Invitations.Hash(token);
        await using var session = store.OpenTracedSession("invitation");
        var person = await session.Query<Person>().FirstOrDefaultAsync(p => p.InvitationHash == hash, ct);
        var now = clock.GetUtcNow();
        if (person is null || person.InvitationExpiresAt <= now || person.PasswordHash is not null || person.DisabledAt is not null)
        {
            return Invalid(http);
        }
        var stream = await session.Events.FetchForWriting<Person>(person.Id, ct);
        stream.AppendOne(new InvitationAccepted(person.Id, Passwords.Hash(password), now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return Invalid(http);
        }
        return Results.Redirect($"{PasswordStep.Path}?lang={SignInText.For(http, null).Language}");
    }
}
