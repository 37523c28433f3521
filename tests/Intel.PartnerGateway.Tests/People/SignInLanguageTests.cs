using System.Net;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.People;

/// <summary>The sign-in pages speak the person's language: the console's choice, a switch on the page, or the browser's.</summary>
public sealed class SignInLanguageTests(PartnerGatewayFixture fixture) : IClassFixture<PartnerGatewayFixture>
{
    private Uri Partners => fixture.Platform.Services["partner-gateway"];

    [Fact]
    public async Task The_language_the_console_asks_for_reads_right_to_left_through_a_refusal_and_on_to_the_second_factor()
    {
        const string email = "analyst@iq-border.test";
        using var person = new PersonSignIn(Partners);
        using var start = await person.Browser.GetAsync(PersonSignIn.AuthorizePath(PersonSignIn.Verifier()) + "&ui_locales=ckb");
        var signIn = start.Headers.Location!.ToString();
        var page = await person.Browser.GetStringAsync(signIn);
        Assert.Contains("<html lang=\"ckb\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>چوونەژوورەوە</h1>", page, StringComparison.Ordinal);

        var (refused, refusal) = await person.SubmitAsync(signIn, new() { ["email"] = email, ["password"] = "not the password" }, page);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("چوونەژوورەوە سەرکەوتوو نەبوو", PersonSignIn.ErrorOf(refusal), StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", refusal, StringComparison.Ordinal);

        var (accepted, _) = await person.SubmitAsync(signIn, new() { ["email"] = email, ["password"] = PeopleSeed.DevelopmentPassword });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var secondFactor = await person.Browser.GetStringAsync(accepted.Headers.Location);
        Assert.Contains("<h1>هۆکاری دووەم</h1>", secondFactor, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ckb\" dir=\"rtl\">", secondFactor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_language_is_the_default_and_the_page_offers_each_language_by_its_own_name()
    {
        using var person = new PersonSignIn(Partners);
        using var arabic = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in?returnUrl=%2Faccount%2Fsigned-in");
        arabic.Headers.AcceptLanguage.ParseAdd("ar-IQ,en;q=0.5");
        using var answer = await person.Browser.SendAsync(arabic);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>تسجيل الدخول</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/sign-in?returnUrl=%2Faccount%2Fsigned-in&amp;lang=en\" lang=\"en\" hreflang=\"en\">English</a>", page, StringComparison.Ordinal);
        Assert.Contains(">کوردی</a>", page, StringComparison.Ordinal);

        var english = await person.Browser.GetStringAsync("/account/sign-in?returnUrl=%2Faccount%2Fsigned-in&lang=en");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Sign in</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"en\">", english, StringComparison.Ordinal);
    }
}
