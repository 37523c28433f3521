using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using OtpNet;
using Intel.PartnerGateway.People;

namespace Intel.Testing;

/// <summary>
/// A person signing in as a browser would, against partner-gateway's pages: the console's authorization request
/// with PKCE, password, TOTP code (computed here, or enrolled from the page), then the code exchange.
/// </summary>
public sealed partial class PersonSignIn(Uri partnerGateway, CookieContainer? cookies = null) : IDisposable
{
    public const string ClientId = "intel-console";
    public const string ClientSecret = "intel-console-secret";
    public const string RedirectUri = "http://127.0.0.1:8080/signin-oidc";
    public const string AllScopes = "openid offline_access reports:read entities:read alerts entities:decide disclosures:answer people:admin";

    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() })
    {
        BaseAddress = partnerGateway,
    };

    /// <summary>The TOTP secret the person enrolled on the page, when they had none.</summary>
    public byte[]? EnrolledSecret { get; private set; }

    public HttpClient Browser => _browser;

    /// <summary>The recovery codes shown once at enrolment.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public static string Verifier() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string AuthorizePath(string verifier, string method = "S256", string scope = AllScopes) =>
        $"/connect/authorize?client_id={ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
        $"&scope={Uri.EscapeDataString(scope)}&state=s1&nonce=n1&code_challenge={(method == "S256" ? Challenge(verifier) : verifier)}&code_challenge_method={method}";

    /// <summary>Signs in and exchanges the code: the token endpoint's JSON answer.</summary>
    public async Task<JsonElement> SignInAsync(string email, string password, byte[]? totpSecret, string? recoveryCode = null)
    {
        var verifier = Verifier();
        var code = await CodeAsync(email, password, totpSecret, verifier, recoveryCode);
        return await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier });
    }

    public static byte[] SeededSecret(string email) => PeopleSeed.DevelopmentTotpSecret(email);

    public async Task<string> CodeAsync(string email, string password, byte[]? totpSecret, string verifier, string? recoveryCode = null)
    {
        using var start = await _browser.GetAsync(AuthorizePath(verifier));
        Assert(start.StatusCode == HttpStatusCode.Redirect, $"authorize answered {start.StatusCode}");
        var (passwordStep, _) = await SubmitAsync(start.Headers.Location!.ToString(), new() { ["email"] = email, ["password"] = password });
        Assert(passwordStep.StatusCode == HttpStatusCode.Redirect, $"the password step answered {passwordStep.StatusCode}");
        var secondFactor = passwordStep.Headers.Location!.ToString();
        using var page = await _browser.GetAsync(secondFactor);
        var html = await page.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>();
        if (EnrolmentSecret().Match(html) is { Success: true } enrolment)
        {
            totpSecret = EnrolledSecret = Base32Encoding.ToBytes(enrolment.Groups[1].Value);
        }
        fields["code"] = recoveryCode ?? await CodeForAsync(totpSecret!);
        var (codeStep, body) = await SubmitAsync(secondFactor, fields, html);
        RecoveryCodes = [.. ShownRecoveryCode().Matches(body).Select(m => m.Groups[1].Value)];
        var next = codeStep.StatusCode == HttpStatusCode.Redirect
            ? codeStep.Headers.Location!.ToString()
            : ContinueLink().Match(body) is { Success: true } link ? WebUtility.HtmlDecode(link.Groups[1].Value) : throw new InvalidOperationException($"second factor refused: {body}");
        using var back = await _browser.GetAsync(next);
        Assert(back.StatusCode == HttpStatusCode.Redirect && back.Headers.Location!.ToString().StartsWith(RedirectUri, StringComparison.Ordinal),
            $"authorize after sign-in answered {back.StatusCode} {back.Headers.Location}");
        var query = System.Web.HttpUtility.ParseQueryString(back.Headers.Location!.Query);
        return query["code"] ?? throw new InvalidOperationException($"no code in {back.Headers.Location}");
    }

    /// <summary>
    /// A code partner-gateway has not seen yet: it accepts each time step once, so a second sign-in within 30 s
    /// uses the next step's code (within the one step of drift allowed), or waits for it.
    /// </summary>
    public static async Task<string> CodeForAsync(byte[] secret)
    {
        var key = Convert.ToBase64String(secret);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        long step;
        lock (UsedSteps)
        {
            step = Math.Max(now, UsedSteps.GetValueOrDefault(key) + 1);
            UsedSteps[key] = step;
        }
        while (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 < step - 1)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return new Totp(secret).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }

    private static readonly Dictionary<string, long> UsedSteps = [];

    public async Task<JsonElement> TokenAsync(Dictionary<string, string> form)
    {
        using var answer = await RawTokenAsync(form);
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert(answer.IsSuccessStatusCode, $"token endpoint answered {answer.StatusCode}: {json}");
        return json;
    }

    public async Task<HttpResponseMessage> RawTokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = ClientId;
        form["client_secret"] = ClientSecret;
        using var content = new FormUrlEncodedContent(form);
        return await _browser.PostAsync("/connect/token", content);
    }

    /// <summary>Posts a page's form with its anti-forgery token and hidden fields, plus <paramref name="fields"/>.</summary>
    public async Task<(HttpResponseMessage Answer, string Body)> SubmitAsync(string pagePath, Dictionary<string, string> fields, string? html = null)
    {
        if (html is null)
        {
            using var page = await _browser.GetAsync(pagePath);
            html = await page.Content.ReadAsStringAsync();
        }
        var form = Hidden().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }
        var action = FormAction().Match(html).Groups[1].Value;
        using var content = new FormUrlEncodedContent(form);
        var answer = await _browser.PostAsync(action, content);
        return (answer, await answer.Content.ReadAsStringAsync());
    }

    public static string? ErrorOf(string html) => ErrorText().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex Hidden();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("Secret: <code dir=\"ltr\">([A-Z2-7=]+)</code>")]
    private static partial Regex EnrolmentSecret();

    [GeneratedRegex("<li><code dir=\"ltr\">([a-z2-7]+)</code></li>")]
    private static partial Regex ShownRecoveryCode();

    [GeneratedRegex("<a href=\"([^\"]+)\">Continue</a>")]
    private static partial Regex ContinueLink();

    [GeneratedRegex("<p class=\"error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ErrorText();

    public void Dispose() => _browser.Dispose();
}
