using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.WebUtilities;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// The sign-in pages' words in the person's language: SignInText.resx (English), .ar (Arabic), .ckb (Central Kurdish).
/// The language is the one chosen on the page, else the one the console asked for (OpenID Connect's <c>ui_locales</c>,
/// carried in the return address), else the browser's, else English.
/// </summary>
public sealed class SignInText
{
    public static readonly IReadOnlyList<string> Supported = ["en", "ar", "ckb"];

    /// <summary>Each language named in itself, as a person looking for their own would read it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["en"] = "English", ["ar"] = "العربية", ["ckb"] = "کوردی",
    };

    private static readonly ResourceManager Resources = new(typeof(SignInText));
    private readonly CultureInfo culture;

    private SignInText(string language)
    {
        Language = language;
        culture = CultureInfo.GetCultureInfo(language);
    }

    public string Language { get; }

    public string Direction => Language is "ar" or "ckb" ? "rtl" : "ltr";

    public string this[string name] => Resources.GetString(name, culture) ?? name;

    public string Format(string name, params object[] values) => string.Format(culture, this[name], values);

    public static SignInText For(HttpContext http, string? returnUrl)
    {
        var request = http.Request;
        string? chosen = request.Query["lang"];
        if (chosen is null && request.HasFormContentType)
        {
            chosen = request.Form["lang"];
        }
        var asked = returnUrl is not null && returnUrl.IndexOf('?', StringComparison.Ordinal) is var q and >= 0
            ? QueryHelpers.ParseQuery(returnUrl[q..]).GetValueOrDefault("ui_locales").ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        var browser = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.ToString());
        var language = new[] { chosen }.Concat(asked).Concat(browser).Select(Supporting).FirstOrDefault(l => l is not null) ?? "en";
        return new SignInText(language);
    }

    // "ar-IQ" is read as Arabic, "ckb-IQ" as Central Kurdish.
    private static string? Supporting(string? tag) =>
        tag is null ? null : Supported.FirstOrDefault(s => tag.Equals(s, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(s + "-", StringComparison.OrdinalIgnoreCase));
}
