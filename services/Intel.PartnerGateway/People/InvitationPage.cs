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
    private const string Invalid = "This invitation is not valid: it may have expired or been used. Ask your agency administrator for a new one.";

    public static IEndpointRouteBuilder MapInvitationPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, string? token) => Show(http, token ?? "", null)).AllowAnonymous();
        app.MapPost(Path, AcceptAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static IResult Show(HttpContext http, string token, string? error, int status = StatusCodes.Status200OK) =>
        Page.Render(http, "Choose a password", Page.Error(error) + Page.Form(http, Path,
            Page.Hidden("token", token) +
            Page.Field("password", $"Password (at least {Passwords.MinLength} characters)", "password", "new-password") +
            Page.Field("confirm", "The same again", "password", "new-password"), "Set password"), status);

    private static async Task<IResult> AcceptAsync(HttpContext http, IAntiforgery antiforgery, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var token = form["token"].ToString();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Show(http, token, "The form expired; please try again.", StatusCodes.Status400BadRequest);
        }
        var password = form["password"].ToString();
        if (password.Length < Passwords.MinLength || password.Length > 200)
        {
            return Show(http, token, $"password: {Passwords.MinLength} to 200 characters.", StatusCodes.Status400BadRequest);
        }
        if (password != form["confirm"])
        {
            return Show(http, token, "confirm: the two passwords differ.", StatusCodes.Status400BadRequest);
        }
        var hash = Invitations.Hash(token);
        await using var session = store.OpenTracedSession("invitation");
        var person = await session.Query<Person>().FirstOrDefaultAsync(p => p.InvitationHash == hash, ct);
        var now = clock.GetUtcNow();
        if (person is null || person.InvitationExpiresAt <= now || person.PasswordHash is not null || person.DisabledAt is not null)
        {
            return Page.Render(http, "Invitation", Page.Error(Invalid), StatusCodes.Status400BadRequest);
        }
        var stream = await session.Events.FetchForWriting<Person>(person.Id, ct);
        stream.AppendOne(new InvitationAccepted(person.Id, Passwords.Hash(password), now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return Page.Render(http, "Invitation", Page.Error(Invalid), StatusCodes.Status400BadRequest);
        }
        return Results.Redirect(PasswordStep.Path);
    }
}
