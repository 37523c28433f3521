using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.People;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// GET/POST /account/second-factor, after the password: a TOTP code (or a recovery code) every session. A
/// person without a second factor enrols here first: a QR code and the secret as text, confirmed by a code,
/// then ten recovery codes shown this once. Wrong codes count towards the same lock as wrong passwords.
/// </summary>
public static class SecondFactorStep
{
    public const string Path = "/account/second-factor";
    public const string Refused = "The code is wrong, or the account is locked for a while.";

    public static IEndpointRouteBuilder MapSecondFactorStep(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowAsync).AllowAnonymous();
        app.MapPost(Path, SubmitAsync).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/account/signed-in", () => Results.Text("Signed in.")).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string? returnUrl, IDocumentStore store, KeyProtector protector, CancellationToken ct)
    {
        if (await PendingAsync(http, store, ct) is not { } person)
        {
            return Results.Redirect($"{PasswordStep.Path}?returnUrl={Uri.EscapeDataString(Page.LocalOrDefault(returnUrl))}");
        }
        return Show(http, person, Page.LocalOrDefault(returnUrl), person.ProtectedTotpSecret is null ? SecondFactor.NewSecret() : null, null, protector);
    }

    private static IResult Show(HttpContext http, Person person, string returnUrl, byte[]? enrolling, string? error, KeyProtector protector, int status = 200)
    {
        var fields = Page.Hidden("returnUrl", returnUrl);
        var intro = "<p>Enter the six-digit code from your authenticator app, or one of your recovery codes.</p>";
        if (enrolling is not null)
        {
            var uri = SecondFactor.OtpAuthUri(person.Email, enrolling);
            intro = "<p>Scan this code with an authenticator app, or enter the secret by hand, then give the six-digit code it shows.</p>" +
                SecondFactor.QrSvg(uri) + $"<p>Secret: <code>{Page.Encode(OtpNet.Base32Encoding.ToString(enrolling))}</code></p>";
            fields += Page.Hidden("enrolment", protector.Protect(EnrolmentKey(person.Id), enrolling));
        }
        return Page.Render(http, enrolling is null ? "Second factor" : "Set up your second factor",
            Page.Error(error) + intro + Page.Form(http, Path, fields + Page.Field("code", "Code", "text", "one-time-code"), "Sign in"), status);
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, IAntiforgery antiforgery, IDocumentStore store, KeyProtector protector, SecondFactor factor, TimeProvider clock, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var returnUrl = Page.LocalOrDefault(form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(http) || await PendingAsync(http, store, ct) is not { } person)
        {
            return Results.Redirect($"{PasswordStep.Path}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        var now = clock.GetUtcNow();
        var code = form["code"].ToString();
        byte[]? enrolling = null;
        if (person.ProtectedTotpSecret is null)
        {
            try
            {
                enrolling = protector.Unprotect(EnrolmentKey(person.Id), form["enrolment"].ToString());
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
            {
                enrolling = SecondFactor.NewSecret();
                return Show(http, person, returnUrl, enrolling, "The enrolment expired; scan the new code.", protector, 400);
            }
        }

        await using var session = store.OpenTracedSession(person.Id.ToString());
        var step = person.IsLocked(now) ? null
            : enrolling is not null ? factor.VerifySecret(enrolling, code, 0)
            : factor.Verify(person.Id, person.ProtectedTotpSecret!, code, person.LastTotpStep);
        var recovery = step is null && enrolling is null && !person.IsLocked(now) ? RecoveryIndex(person, code) : null;
        if (step is null && recovery is null)
        {
            if (!person.IsLocked(now))
            {
                session.Events.Append(person.Id, new PersonSignInFailed(person.Id, "second-factor", now));
                await session.SaveChangesAsync(ct);
            }
            return Show(http, person, returnUrl, enrolling, Refused, protector, 400);
        }

        IReadOnlyList<string>? codes = null;
        if (enrolling is not null)
        {
            codes = SecondFactor.NewRecoveryCodes();
            session.Events.Append(person.Id, new SecondFactorEnrolled(
                person.Id, factor.Protect(person.Id, enrolling), [.. codes.Select(SecondFactor.HashRecoveryCode)], now));
        }
        session.Events.Append(person.Id, new PersonSignedIn(person.Id, step, recovery, now));
        await session.SaveChangesAsync(ct);
        await PeopleSession.SignInAsync(http, person, PeopleSession.SignedInStage, now);
        return codes is null
            ? Results.Redirect(returnUrl)
            : Page.Render(http, "Your recovery codes",
                "<p>Each code signs you in once if you lose your authenticator. They are shown only now: keep them safe.</p><ul>" +
                string.Concat(codes.Select(c => $"<li><code>{Page.Encode(c)}</code></li>")) +
                $"</ul><p><a href=\"{Page.Encode(returnUrl)}\">Continue</a></p>");
    }

    private static int? RecoveryIndex(Person person, string code)
    {
        var hash = SecondFactor.HashRecoveryCode(code);
        var index = person.RecoveryCodeHashes?.ToList().FindIndex(h => h is not null && h == hash) ?? -1;
        return index >= 0 ? index : null;
    }

    /// <summary>The person whose password was right and who has yet to give a code, if the cookie says so.</summary>
    private static async Task<Person?> PendingAsync(HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        if (await PeopleSession.ReadAsync(http) is not { Stage: PeopleSession.PasswordStage } pending)
        {
            return null;
        }
        await using var session = store.QuerySession();
        var person = await session.LoadAsync<Person>(pending.PersonId, ct);
        if (person is not { Active: true })
        {
            await http.SignOutAsync(PeopleSession.Scheme);
            return null;
        }
        return person;
    }

    private static string EnrolmentKey(Guid personId) => $"totp-enrolment:{personId}";
}
