using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// The sign-in pages: plain server-rendered HTML with one inline style and nothing from outside, under a
/// policy that allows no script at all, in the person's language and its direction. Every form carries an
/// anti-forgery token and the language.
/// </summary>
public static class Page
{
    // The console's own Noto fonts, on the same site behind the gateway, so Arabic script does not depend on the
    // fonts of the person's machine; where the console is not deployed the system's fonts stand in.
    private const string Style =
        "@font-face{font-family:'Noto Sans';src:url(/console/fonts/noto-sans-latin-400-normal.woff2) format('woff2')}" +
        "@font-face{font-family:'Noto Sans Arabic';src:url(/console/fonts/noto-sans-arabic-arabic-400-normal.woff2) format('woff2')}" +
        "body{font-family:'Noto Sans','Noto Sans Arabic',system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}" +
        "nav{display:flex;gap:1rem;justify-content:flex-end}nav a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}" +
        "label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}" +
        "button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a00}code{font-size:1.1rem}svg{width:12rem;height:12rem}";

    // Arabic and Kurdish text stays as written, not numeric references; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>
    /// The page, with a link to itself in each language; <paramref name="keep"/> are the query parameters the page
    /// needs to be shown again (where to return, the invitation's token).
    /// </summary>
    public static IResult Render(
        HttpContext http, SignInText text, string title, string body, IEnumerable<KeyValuePair<string, string?>> keep, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Content-Security-Policy"] =
            "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; frame-ancestors 'none'; base-uri 'none'";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var html = $"<!doctype html><html lang=\"{text.Language}\" dir=\"{text.Direction}\"><head><meta charset=\"utf-8\"><title>{Encode(title)} · Intel</title>" +
            $"<meta name=\"viewport\" content=\"width=device-width\"><style>{Style}</style></head><body>{Languages(http, text, keep)}<h1>{Encode(title)}</h1>{body}</body></html>";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A form posting to <paramref name="action"/> with the anti-forgery token, the language and the given fields.</summary>
    public static string Form(HttpContext http, SignInText text, string action, string fields, string submit)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<form method=\"post\" action=\"{Encode(action)}\">" +
            $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">" +
            $"{Hidden("lang", text.Language)}{fields}<button type=\"submit\">{Encode(submit)}</button></form>";
    }

    private static string Languages(HttpContext http, SignInText text, IEnumerable<KeyValuePair<string, string?>> keep) =>
        $"<nav aria-label=\"{Encode(text["Languages"])}\">" + string.Concat(SignInText.Names.Select(l =>
            $"<a href=\"{Encode(http.Request.Path + QueryString.Create(keep.Append(new("lang", l.Key))))}\" lang=\"{l.Key}\" hreflang=\"{l.Key}\"" +
            (l.Key == text.Language ? " aria-current=\"page\"" : "") + $">{Encode(l.Value)}</a>")) + "</nav>";

    public static string Field(string name, string label, string type = "text", string autocomplete = "off") =>
        $"<label for=\"{name}\">{Encode(label)}</label><input id=\"{name}\" name=\"{name}\" type=\"{type}\" autocomplete=\"{autocomplete}\" required>";

    public static string Hidden(string name, string? value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">";

    public static string Error(string? message) => message is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(message)}</p>";

    /// <summary>Only a path on this site: a sign-in must never send anyone elsewhere (open redirect).</summary>
    public static string LocalOrDefault(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/account/signed-in";
}
