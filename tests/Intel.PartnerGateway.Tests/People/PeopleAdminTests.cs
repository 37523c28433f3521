using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.People;

/// <summary>An agency administrator invites, changes and disables the agency's own people, and nobody else's.</summary>
public sealed class PeopleAdminTests(PartnerGatewayFixture fixture) : IClassFixture<PartnerGatewayFixture>
{
    private Uri Partners => fixture.Platform.Services["partner-gateway"];

    private async Task<HttpClient> AdminOfAsync(string agency)
    {
        var email = $"admin@{agency}.test";
        using var person = new PersonSignIn(Partners);
        var answer = await person.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        return fixture.ThroughGateway(answer.GetProperty("access_token").GetString()!);
    }

    [Fact]
    public async Task An_invited_person_accepts_once_enrols_a_second_factor_and_signs_in_with_the_roles_given()
    {
        using var admin = await AdminOfAsync("krg-security");
        using var invited = await admin.PostAsJsonAsync("/api/v1/people", new { email = "Shirin@krg-security.test", name = "Shirin Ahmed", roles = new[] { "analyst", "decider" } });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var body = await PlatformFixture.JsonAsync(invited);
        var link = new Uri(body.GetProperty("invitationUrl").GetString()!);
        Assert.Equal("/account/invitation", link.AbsolutePath);

        using var person = new PersonSignIn(Partners);
        var (accepted, _) = await person.SubmitAsync(link.PathAndQuery, new() { ["password"] = "a long pass phrase", ["confirm"] = "a long pass phrase" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (again, againBody) = await person.SubmitAsync(link.PathAndQuery, new() { ["password"] = "another pass phrase", ["confirm"] = "another pass phrase" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.StartsWith("This invitation is not valid", PersonSignIn.ErrorOf(againBody), StringComparison.Ordinal);

        var tokens = await person.SignInAsync("shirin@krg-security.test", "a long pass phrase", totpSecret: null);
        Assert.NotNull(person.EnrolledSecret);
        var token = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(body.GetProperty("id").GetString(), token.Subject);
        Assert.Equal("Shirin Ahmed", token.GetClaim("name").Value);
        Assert.Contains("entities:decide", token.GetClaim("scope").Value.Split(' '));

        using var listed = await admin.GetAsync($"/api/v1/people/{token.Subject}");
        var view = await PlatformFixture.JsonAsync(listed);
        Assert.Equal("active", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("secondFactor").GetBoolean());
    }

    [Fact]
    public async Task An_invitation_with_bad_fields_is_refused_naming_each()
    {
        using var admin = await AdminOfAsync("uk-homeoffice");
        using var answer = await admin.PostAsJsonAsync("/api/v1/people", new { email = "not an email", name = "", roles = new[] { "overlord" }, colour = "red" });
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await PlatformFixture.JsonAsync(answer)).GetProperty("errors");
        foreach (var field in new[] { "email", "name", "roles[0]", "colour" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task An_administrator_cannot_see_or_change_another_agencys_people()
    {
        using var admin = await AdminOfAsync("eu-partner");
        var other = Person.StreamIdFor("analyst@krg-security.test");
        using var read = await admin.GetAsync($"/api/v1/people/{other}");
        using var patch = await admin.PatchAsJsonAsync($"/api/v1/people/{other}", new { roles = new[] { "agency-admin" } });
        using var disable = await admin.PostAsync($"/api/v1/people/{other}/disable", null);
        using var reset = await admin.PostAsync($"/api/v1/people/{other}/reset-second-factor", null);
        using var list = await admin.GetAsync("/api/v1/people");

        Assert.All([read, patch, disable, reset], a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        var agencies = (await PlatformFixture.JsonAsync(list)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("agency").GetString()).Distinct();
        Assert.Equal(["eu-partner"], agencies);

        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "eu-partner-analyst");
        using var asClient = await analyst.GetAsync("/api/v1/people");
        Assert.Equal(HttpStatusCode.Forbidden, asClient.StatusCode);
    }

    [Fact]
    public async Task A_disabled_persons_token_is_refused_by_other_parts_within_a_minute_and_their_refresh_token_at_once()
    {
        const string email = "decider@uk-homeoffice.test";
        using var person = new PersonSignIn(Partners);
        var tokens = await person.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        using var direct = fixture.Direct("alerting", tokens.GetProperty("access_token").GetString()!);
        using var before = await direct.GetAsync("/api/v1/alerts");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var admin = await AdminOfAsync("uk-homeoffice");
        using var disabled = await admin.PostAsync($"/api/v1/people/{Person.StreamIdFor(email)}/disable", null);
        Assert.Equal("disabled", (await PlatformFixture.JsonAsync(disabled)).GetProperty("status").GetString());
        var clock = Stopwatch.StartNew();

        using var refresh = await person.RawTokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! });
        Assert.Equal("invalid_grant", (await PlatformFixture.JsonAsync(refresh)).GetProperty("error").GetString());
        await PartnerGatewayFixture.UntilStatusAsync(direct, HttpStatusCode.Unauthorized, "alerting refuses the disabled person's token", "/api/v1/alerts");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}");

        var (signIn, _) = await person.SubmitAsync("/account/sign-in", new() { ["email"] = email, ["password"] = PeopleSeed.DevelopmentPassword });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task A_reset_second_factor_ends_the_persons_tokens_and_is_enrolled_again_with_recovery_codes_that_work_once()
    {
        const string email = "analyst@iq-border.test";
        using var person = new PersonSignIn(Partners);
        var tokens = await person.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        using var admin = await AdminOfAsync("iq-border");

        using var reset = await admin.PostAsync($"/api/v1/people/{Person.StreamIdFor(email)}/reset-second-factor", null);
        Assert.False((await PlatformFixture.JsonAsync(reset)).GetProperty("secondFactor").GetBoolean());
        using var refresh = await person.RawTokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! });
        Assert.Equal("invalid_grant", (await PlatformFixture.JsonAsync(refresh)).GetProperty("error").GetString());

        // Cut-offs are kept to the second: a sign-in within the reset's own second reads as issued before it.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        using var again = new PersonSignIn(Partners);
        await again.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        Assert.NotNull(again.EnrolledSecret);
        Assert.NotEqual(PersonSignIn.SeededSecret(email), again.EnrolledSecret);
        Assert.Equal(10, again.RecoveryCodes.Count);

        using var withRecovery = new PersonSignIn(Partners);
        var recovered = await withRecovery.SignInAsync(email, PeopleSeed.DevelopmentPassword, null, again.RecoveryCodes[3]);
        Assert.True(recovered.TryGetProperty("access_token", out _));
        using var reused = new PersonSignIn(Partners);
        await Assert.ThrowsAsync<InvalidOperationException>(() => reused.SignInAsync(email, PeopleSeed.DevelopmentPassword, null, again.RecoveryCodes[3]));
    }
}
