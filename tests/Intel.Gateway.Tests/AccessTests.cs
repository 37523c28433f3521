using System.Net;
using System.Net.Http.Json;
using Intel.Testing;

namespace Intel.Gateway.Tests;

/// <summary>Who gets past the gateway: a valid token from a trusted key, for this audience, with the route's scope.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AccessTests(GatewayFixture fixture)
{
    private static string SomeReport => $"/api/v1/reports/{Guid.NewGuid()}";

    [Fact]
    public async Task A_call_without_a_token_is_401_problem_with_a_bearer_challenge()
    {
        using var anonymous = fixture.WithToken(null);

        using var answer = await anonymous.GetAsync(SomeReport);

        await Answers.AssertProblemAsync(answer, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", answer.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Foreign_expired_misaddressed_and_edited_tokens_are_401_at_the_gateway()
    {
        var tokens = new Dictionary<string, string>
        {
            ["signed with a foreign key"] = CraftedTokens.Foreign(fixture.TestKey.KeyId!),
            ["expired ten minutes ago"] = CraftedTokens.Sign(fixture.TestKey, expiresIn: TimeSpan.FromMinutes(-10)),
            ["for another audience"] = CraftedTokens.Sign(fixture.TestKey, audience: "another-api"),
            ["with an edited payload"] = CraftedTokens.WithEditedPayload(await fixture.TokenAsync("uk-nca-feed"), "partners:admin"),
        };

        foreach (var (what, token) in tokens)
        {
            var (answer, reached) = await GetReportAsync(token);
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"a token {what}: {(int)answer.StatusCode}");
            await Answers.AssertProblemAsync(answer, HttpStatusCode.Unauthorized);
            Assert.False(reached, $"a token {what} reached ingestion");
            answer.Dispose();
        }
        // The same recipe, in date and for this audience, passes the gateway (ingestion, which does not trust
        // the tests' key, then refuses it itself): what the gateway refused above was exactly the flaw.
        var (control, controlReached) = await GetReportAsync(CraftedTokens.Sign(fixture.TestKey));
        Assert.True(controlReached);
        Assert.Equal(HttpStatusCode.Unauthorized, control.StatusCode);
        control.Dispose();
    }

    [Fact]
    public async Task A_missing_scope_is_403_at_the_gateway_and_the_service_never_sees_the_call()
    {
        using var analyst = await fixture.ClientAsync("uk-nca-analyst");
        using var feed = await fixture.ClientAsync("uk-nca-feed");
        var probe = Guid.NewGuid().ToString();
        using var submit = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports")
        {
            Content = JsonContent.Create(SampleReports.Phone("GW-scope-1", "+447700900124")),
        };
        submit.Headers.Add(ForwardingRecorder.ProbeHeader, probe);

        using var analystSubmits = await analyst.SendAsync(submit);
        using var feedReadsAlerts = await feed.GetAsync("/api/v1/alerts");
        using var feedMerges = await feed.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { Guid.NewGuid() }, reason = "test" });
        using var feedAdministers = await feed.GetAsync("/api/v1/partners/agencies");

        await Answers.AssertProblemAsync(analystSubmits, HttpStatusCode.Forbidden);
        Assert.Null(fixture.Ingestion.Seen(probe));
        await Answers.AssertProblemAsync(feedReadsAlerts, HttpStatusCode.Forbidden);
        await Answers.AssertProblemAsync(feedMerges, HttpStatusCode.Forbidden);
        await Answers.AssertProblemAsync(feedAdministers, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_path_no_route_serves_is_404_problem_for_a_caller_and_401_for_a_stranger()
    {
        using var feed = await fixture.ClientAsync("uk-nca-feed");
        using var anonymous = fixture.WithToken(null);

        using var known = await feed.GetAsync("/api/v1/nowhere");
        using var stranger = await anonymous.GetAsync("/api/v1/nowhere");

        await Answers.AssertProblemAsync(known, HttpStatusCode.NotFound);
        await Answers.AssertProblemAsync(stranger, HttpStatusCode.Unauthorized);
    }

    private async Task<(HttpResponseMessage Answer, bool ReachedIngestion)> GetReportAsync(string token)
    {
        using var client = fixture.WithToken(token);
        var probe = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, SomeReport);
        request.Headers.Add(ForwardingRecorder.ProbeHeader, probe);
        var answer = await client.SendAsync(request);
        return (answer, fixture.Ingestion.Seen(probe) is not null);
    }
}
