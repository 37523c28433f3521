using System.Net.Http.Headers;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.System.Tests.Disclosures;

/// <summary>A platform of its own, and its seeded people signed in as a browser would, holding their tokens.</summary>
public sealed class DisclosureFixture : PlatformFixture
{
    protected override string Name => "disclosures";

    public async Task<HttpClient> PersonAsync(string email)
    {
        using var signIn = new PersonSignIn(Platform.Services["partner-gateway"]);
        var tokens = await signIn.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        var client = new HttpClient { BaseAddress = Platform.Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }
}
