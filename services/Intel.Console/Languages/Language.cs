using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Intel.AnalystConsole.Languages;

/// <summary>
/// The languages the console speaks, each person's choice kept in a cookie of its own. Arabic and Central Kurdish
/// (Sorani, in Arabic script) read right to left.
/// </summary>
public static class Language
{
    public const string CookieName = "__Host-intel-language";
    public const string ChoosePath = "/console/language";
    public static readonly IReadOnlyList<string> Supported = ["en", "ar", "ckb"];

    public static bool IsSupported(string name) => Supported.Contains(name, StringComparer.Ordinal);

    public static string Direction(string language) => language is "ar" or "ckb" ? "rtl" : "ltr";

    public static string Current => IsSupported(CultureInfo.CurrentUICulture.Name) ? CultureInfo.CurrentUICulture.Name : "en";

    public static IApplicationBuilder UseConsoleLanguages(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture("en").AddSupportedCultures([.. Supported]).AddSupportedUICultures([.. Supported]);
        // Only the person's own choice counts, not the browser's Accept-Language: the language is theirs to pick.
        options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }];
        return app.UseRequestLocalization(options);
    }

    public static IEndpointRouteBuilder MapLanguageChoice(this IEndpointRouteBuilder app)
    {
        app.MapPost(ChoosePath, (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string language, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (!IsSupported(language))
            {
                return Results.BadRequest();
            }
            http.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)), new CookieOptions
            {
                Path = "/", Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
            });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/");
        });
        return app;
    }
}
