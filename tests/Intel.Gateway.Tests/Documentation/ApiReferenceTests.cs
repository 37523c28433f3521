using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Intel.Gateway.Tests.Documentation;

/// <summary>The browsable reference at /docs is served whole by the gateway and may load nothing from elsewhere.</summary>
[Collection(DocumentationCollection.Name)]
public sealed partial class ApiReferenceTests(DocumentationFixture fixture)
{
    [Fact]
    public async Task The_reference_page_loads_only_from_the_gateway_and_its_policy_allows_nothing_else()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true }) { BaseAddress = fixture.Platform.Gateway };

        using var page = await browser.GetAsync("/docs");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe-inline", policy.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Sources().Matches(html).Select(m => m.Groups[1].Value), s => s.Contains("//", StringComparison.Ordinal));
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        // The page's one inline module is allowed by its hash and nothing else inline is.
        Assert.Equal(Inline().Count(html), Regex.Count(policy, "'sha256-"));
        foreach (Match inline in Inline().Matches(html))
        {
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline.Groups[1].Value)));
            Assert.Contains($"'sha256-{hash}'", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_reference_script_is_served_by_the_gateway_without_a_token()
    {
        using var browser = new HttpClient { BaseAddress = fixture.Platform.Gateway };

        using var script = await browser.GetAsync("/docs/scalar.js");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex Sources();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(.+?)</script>", RegexOptions.Singleline)]
    private static partial Regex Inline();
}
