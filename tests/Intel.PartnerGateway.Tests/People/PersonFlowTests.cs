using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.People;

/// <summary>People sign in with authorization code, PKCE and TOTP; their tokens name them and work on every part.</summary>
public sealed class PersonFlowTests(PartnerGatewayFixture fixture) : IClassFixture<PartnerGatewayFixture>
{
    private Uri Partners => fixture.Platform.Services["partner-gateway"];

    [Fact]
    public async Task Code_flow_with_pkce_and_totp_gives_a_token_naming_the_person_that_other_parts_accept()
    {
        const string email = "analyst@krg-security.test";
        using var person = new PersonSignIn(Partners);
        var answer = await person.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));

        var token = new JsonWebToken(answer.GetProperty("access_token").GetString());
        Assert.Equal(Person.StreamIdFor(email).ToString(), token.Subject);
        Assert.Equal("krg-security", token.GetClaim("agency").Value);
        Assert.Equal("Analyst of krg-security", token.GetClaim("name").Value);
        Assert.Contains("mfa", token.Claims.Where(c => c.Type == "amr").Select(c => c.Value));
        Assert.Equal(["alerts", "entities:read", "reports:read"], token.GetClaim("scope").Value.Split(' ').Order());
        Assert.True(answer.TryGetProperty("refresh_token", out _));
        Assert.True(answer.TryGetProperty("id_token", out _));

        using var direct = fixture.Direct("ingestion", token.EncodedToken);
        using var read = await direct.GetAsync($"/api/v1/reports/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        using var gateway = fixture.ThroughGateway(token.EncodedToken);
        using var decide = await gateway.PostAsync("/api/v1/entities/merge", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
    }

    [Fact]
    public async Task A_plain_code_challenge_is_refused()
    {
        using var person = new PersonSignIn(Partners);
        using var answer = await person.Browser.GetAsync(PersonSignIn.AuthorizePath(PersonSignIn.Verifier(), method: "plain"));
        var where = answer.Headers.Location?.ToString() ?? await answer.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", where, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", where, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_presenting_a_used_one_again_revokes_the_family()
    {
        const string email = "decider@uk-nca.test";
        using var person = new PersonSignIn(Partners);
        var first = await person.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        var firstRefresh = first.GetProperty("refresh_token").GetString()!;

        var second = await person.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = firstRefresh });
        var secondRefresh = second.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(firstRefresh, secondRefresh);
        Assert.Contains("entities:decide", new JsonWebToken(second.GetProperty("access_token").GetString()).GetClaim("scope").Value, StringComparison.Ordinal);

        using var reused = await person.RawTokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = firstRefresh });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("invalid_grant", (await PlatformFixture.JsonAsync(reused)).GetProperty("error").GetString());
        using var family = await person.RawTokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = secondRefresh });
        Assert.Equal("invalid_grant", (await PlatformFixture.JsonAsync(family)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_every_refusal_reads_like_an_unknown_account()
    {
        const string email = "analyst@iq-border.test";
        using var person = new PersonSignIn(Partners);
        async Task<(HttpStatusCode, string?)> TryAsync(string who, string password)
        {
            var (answer, body) = await person.SubmitAsync("/account/sign-in", new() { ["email"] = who, ["password"] = password });
            using (answer)
            {
                return (answer.StatusCode, PersonSignIn.ErrorOf(body));
            }
        }

        var unknown = await TryAsync("nobody@iq-border.test", "wrong-password-1");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Item1);
        Assert.NotNull(unknown.Item2);
        for (var i = 0; i < Person.MaxFailedAttempts; i++)
        {
            Assert.Equal(unknown, await TryAsync(email, $"wrong-password-{i}"));
        }
        Assert.Equal(unknown, await TryAsync(email, PeopleSeed.DevelopmentPassword));
        Assert.Equal(unknown, await TryAsync("nobody@iq-border.test", PeopleSeed.DevelopmentPassword));

        var (other, _) = await person.SubmitAsync("/account/sign-in", new() { ["email"] = "analyst@eu-partner.test", ["password"] = PeopleSeed.DevelopmentPassword });
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_refresh_tokens()
    {
        const string email = "analyst@uk-nca.test";
        using var person = new PersonSignIn(Partners);
        var tokens = await person.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        const string after = "http://127.0.0.1:8080/signout-callback-oidc";
        using var logout = await person.Browser.GetAsync(
            $"/connect/logout?id_token_hint={tokens.GetProperty("id_token").GetString()}&post_logout_redirect_uri={Uri.EscapeDataString(after)}&state=bye");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith(after, logout.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var refresh = await person.RawTokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! });
        Assert.Equal("invalid_grant", (await PlatformFixture.JsonAsync(refresh)).GetProperty("error").GetString());
        using var again = await person.Browser.GetAsync(PersonSignIn.AuthorizePath(PersonSignIn.Verifier()));
        Assert.StartsWith("/account/sign-in", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
