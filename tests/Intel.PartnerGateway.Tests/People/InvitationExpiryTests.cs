using System.Net;
using System.Net.Http.Json;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.People;

/// <summary>An invitation link works only until it expires.</summary>
public sealed class InvitationExpiryTests(ShortInvitationsFixture fixture) : IClassFixture<ShortInvitationsFixture>
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
}
