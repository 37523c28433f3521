using System.Net;
using System.Web;
using Intel.AnalystConsole.Shell;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SecurityTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_anonymous_browser_is_sent_through_the_gateway_to_sign_in_with_pkce_and_every_answer_has_the_consoles_policy()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Platform.Gateway };

        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var location = home.Headers.Location!;
        Assert.Equal(new Uri(fixture.Platform.Gateway, "/connect/authorize").AbsoluteUri, location.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(("code", "S256"), (query["response_type"], query["code_challenge_method"]));
        // The code comes back in the query (the default for the code flow): form_post needs a script to submit itself.
        Assert.Null(query["response_mode"]);
        Assert.Equal(new Uri(fixture.Platform.Gateway, "/signin-oidc").AbsoluteUri, query["redirect_uri"]);
        Assert.Null(query["client_secret"]);

        using var signedOut = await browser.GetAsync("/console/signed-out");
        using var stylesheet = await browser.GetAsync("/console/console.css");
        foreach (var answer in new[] { home, signedOut, stylesheet })
        {
            Assert.Equal(SecurityHeaders.Policy, answer.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", answer.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
        }
        // Everything the pages need comes from the console itself: no outside address anywhere.
        var css = await stylesheet.Content.ReadAsStringAsync();
        Assert.Contains("fonts/noto-sans-arabic-arabic-400-normal.woff2", css, StringComparison.Ordinal);
        Assert.DoesNotContain("//", css.Replace("/*", "", StringComparison.Ordinal).Replace("*/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var font = await browser.GetAsync("/console/fonts/noto-sans-arabic-arabic-400-normal.woff2");
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
    }
}
