using System.Net;
using System.Net.Http.Json;
using Marten;
using Intel.PartnerGateway.People;
using Intel.PartnerGateway.SignIn;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.People;

/// <summary>On a platform of their own: an invitation link that expires, and a sign-in spread over two replicas.</summary>
public sealed class PeoplePlatformTests(ShortInvitationsFixture fixture) : IClassFixture<ShortInvitationsFixture>
{
    [Fact]
    public async Task An_expired_invitation_is_refused_like_an_unknown_one()
    {
        const string email = "admin@iq-border.test";
        using var signIn = new PersonSignIn(fixture.Platform.Services["partner-gateway"]);
        var tokens = await signIn.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        using var admin = fixture.ThroughGateway(tokens.GetProperty("access_token").GetString()!);
        using var invited = await admin.PostAsJsonAsync("/api/v1/people", new { email = "late@iq-border.test", name = "Late Comer", roles = new[] { "analyst" } });
        var invitation = await PlatformFixture.JsonAsync(invited);
        var link = new Uri(invitation.GetProperty("invitationUrl").GetString()!);
        await Task.Delay(TimeSpan.FromSeconds(6));

        using var person = new PersonSignIn(fixture.Platform.Services["partner-gateway"]);
        var (expired, expiredBody) = await person.SubmitAsync(link.PathAndQuery, new() { ["password"] = "a long pass phrase", ["confirm"] = "a long pass phrase" });
        var (unknown, unknownBody) = await person.SubmitAsync("/account/invitation?token=nonsense", new() { ["password"] = "a long pass phrase", ["confirm"] = "a long pass phrase" });

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Equal(unknown.StatusCode, expired.StatusCode);
        Assert.NotNull(PersonSignIn.ErrorOf(expiredBody));
        Assert.Equal(PersonSignIn.ErrorOf(unknownBody), PersonSignIn.ErrorOf(expiredBody));
        using var view = await admin.GetAsync($"/api/v1/people/{invitation.GetProperty("id").GetString()}");
        Assert.Equal("invited", (await PlatformFixture.JsonAsync(view)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_sign_in_begun_on_one_replica_finishes_on_another()
    {
        const string email = "analyst@eu-partner.test";
        var replica = await fixture.Platform.StartReplicaAsync("partner-gateway");
        var cookies = new System.Net.CookieContainer();
        using var first = new PersonSignIn(fixture.Platform.Services["partner-gateway"], cookies);
        var (password, _) = await first.SubmitAsync("/account/sign-in?returnUrl=/account/signed-in",
            new() { ["email"] = email, ["password"] = PeopleSeed.DevelopmentPassword });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);

        using var second = new PersonSignIn(replica, cookies);
        var (code, body) = await second.SubmitAsync(password.Headers.Location!.ToString(),
            new() { ["code"] = await PersonSignIn.CodeForAsync(PersonSignIn.SeededSecret(email)) });
        Assert.True(code.StatusCode == HttpStatusCode.Redirect, body);
        Assert.Equal("/account/signed-in", code.Headers.Location!.ToString());
        // Both replicas run in this process and could share a key file; in a cluster only the store is shared.
        await using var session = fixture.Platform.Service<IDocumentStore>("partner-gateway").QuerySession();
        Assert.NotEmpty(await session.Query<DataProtectionKey>().ToListAsync());
    }
}
