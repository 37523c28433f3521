using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Localization;
using Intel.AnalystConsole.Languages;

namespace Intel.AnalystConsole.SignIn;

/// <summary>
/// Signing out (this console's session and partner-gateway's, which revokes the person's refresh tokens) and the
/// page that says it is done. Signing in needs no endpoint: any page challenges an anonymous browser.
/// </summary>
public static class SignInEndpoints
{
    public const string SignOutPath = "/console/sign-out";
    public const string SignedOutPath = "/console/signed-out";

    public static IEndpointRouteBuilder MapConsoleSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, () => Results.SignOut(new AuthenticationProperties { RedirectUri = SignedOutPath },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]))
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapGet(SignedOutPath, async (HttpContext http, IStringLocalizer<Text> text) =>
        {
            // A session that timed out still has its cookie; it names nothing any more.
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var html = new StringBuilder()
                .Append(Pages.Head(text["SignedOutTitle"]))
                .Append("<main class=\"signed-out\"><h1>").Append(HtmlEncoder.Default.Encode(text["SignedOutTitle"])).Append("</h1><p>")
                .Append(HtmlEncoder.Default.Encode(text["SignedOutBody"])).Append("</p><p><a href=\"/\">")
                .Append(HtmlEncoder.Default.Encode(text["SignInAgain"])).Append("</a></p></main></body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        }).AllowAnonymous();
        return app;
    }
}
