using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// The sign-in pages: plain server-rendered HTML with one inline style and nothing from outside, under a
/// policy that allows no script at all. Every form carries an anti-forgery token.
/// </summary>
public static class Page
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}" +
        "label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}" +
        "button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a00}code{font-size:1.1rem}svg{width:12rem;height:12rem}";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static IResult Render(HttpContext http, string title, string body, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Content-Security-Policy"] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var html = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)} · Intel</title>" +
            $"<meta name=\"viewport\" content=\"width=device-width\"><style>{Style}</style></head><body><h1>{Encode(title)}</h1>{body}</body></html>";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A form posting to <paramref name="action"/> with the anti-forgery token and the given fields.</summary>
    public static string Form(HttpContext http, string action, string fields, string submit)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<form method=\"post\" action=\"{Encode(action)}\">" +
            $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">" +
            $"{fields}<button type=\"submit\">{Encode(submit)}</button></form>";
    }

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
