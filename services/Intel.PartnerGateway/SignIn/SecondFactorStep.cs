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

    public static IEndpointRouteBuilder MapSecondFactorStep(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowAsync).AllowAnonymous();
        app.MapPost(Path, SubmitAsync).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/account/signed-in", (HttpContext http) => Results.Text(SignInText.For(http, null)["SignedIn"])).AllowAnonymous();
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
        var text = SignInText.For(http, returnUrl);
        var fields = Page.Hidden("returnUrl", returnUrl);
        var intro = $"<p>{Page.Encode(text["CodeIntro"])}</p>";
        if (enrolling is not null)
        {
            var uri = SecondFactor.OtpAuthUri(person.Email, enrolling);
            intro = $"<p>{Page.Encode(text["EnrolIntro"])}</p>" + SecondFactor.QrSvg(uri) +
                $"<p>{Page.Encode(text["Secret"])}: <code dir=\"ltr\">{Page.Encode(OtpNet.Base32Encoding.ToString(enrolling))}</code></p>";
            fields += Page.Hidden("enrolment", protector.Protect(EnrolmentKey(person.Id), enrolling));
        }
        return Page.Render(http, text, text[enrolling is null ? "SecondFactorTitle" : "EnrolTitle"],
            Page.Error(error is null ? null : text[error]) + intro +
            Page.Form(http, text, Path, fields + Page.Field("code", text["Code"], "text", "one-time-code"), text["SignInButton"]),
            [new("returnUrl", returnUrl)], status);
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
                return Show(http, person, returnUrl, enrolling, "EnrolmentExpired", protector, 400);
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
            return Show(http, person, returnUrl, enrolling, "CodeRefused", protector, 400);
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
        if (codes is null)
        {
            return Results.Redirect(returnUrl);
        }
        var text = SignInText.For(http, returnUrl);
        return Page.Render(http, text, text["RecoveryTitle"], $"<p>{Page.Encode(text["RecoveryIntro"])}</p><ul>" +
            string.Concat(codes.Select(c => $"<li><code dir=\"ltr\">{Page.Encode(c)}</code></li>")) +
            $"</ul><p><a href=\"{Page.Encode(returnUrl)}\">{Page.Encode(text["Continue"])}</a></p>", [new("returnUrl", returnUrl)]);
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
