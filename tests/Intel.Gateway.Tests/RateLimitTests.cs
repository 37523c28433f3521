using System.Net;
using Intel.Testing;

namespace Intel.Gateway.Tests;

/// <summary>
/// A caller over its rate is told to come back later (429, Retry-After); the budget is its own, by
/// token client or, for token requests, by the connection's real address.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RateLimitTests(GatewayFixture fixture)
{
    [Fact]
    public async Task A_burst_over_the_client_rate_gets_429_with_retry_after_and_other_clients_keep_their_budget()
    {
        using var greedy = await fixture.ClientAsync("iq-border-analyst");
        using var other = await fixture.ClientAsync("eu-partner-analyst");

        var burst = await Task.WhenAll(Enumerable.Range(0, GatewayFixture.ClientPermits + 10)
            .Select(_ => greedy.GetAsync($"/api/v1/reports/{Guid.NewGuid()}")));
        using var meanwhile = await other.GetAsync($"/api/v1/reports/{Guid.NewGuid()}");

        var rejected = burst.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(rejected);
        Assert.True(burst.Length - rejected.Count <= GatewayFixture.ClientPermits, $"{burst.Length - rejected.Count} got through");
        Assert.All(burst.Except(rejected), a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        foreach (var answer in rejected)
        {
            await Answers.AssertProblemAsync(answer, HttpStatusCode.TooManyRequests);
            var retryAfter = answer.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), GatewayFixture.ClientWindow);
        }
        Assert.Equal(HttpStatusCode.NotFound, meanwhile.StatusCode);
        foreach (var answer in burst)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Token_requests_are_limited_per_real_address_and_a_forged_x_forwarded_for_does_not_escape()
    {
        using var elsewhere = Requests.FromAddress(fixture.Gateway, IPAddress.Parse("127.0.0.2"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < GatewayFixture.TokenPermits + 3; i++)
        {
            using var answer = await elsewhere.PostAsync("/connect/token", TokenForm("eu-partner-feed"));
            statuses.Add(answer.StatusCode);
        }
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = TokenForm("eu-partner-feed") };
        forged.Headers.Add("X-Forwarded-For", "203.0.113.9");
        forged.Headers.Add("Forwarded", "for=203.0.113.9");
        using var forgedAnswer = await elsewhere.SendAsync(forged);

        Assert.Equal(GatewayFixture.TokenPermits, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        await Answers.AssertProblemAsync(forgedAnswer, HttpStatusCode.TooManyRequests);
        Assert.NotNull(forgedAnswer.Headers.RetryAfter?.Delta);
        // The tests' own address (127.0.0.1) has a budget of its own.
        Assert.False(string.IsNullOrEmpty(await PartnerClient.TokenAsync(fixture.Gateway, "eu-partner-analyst")));
    }

    private static FormUrlEncodedContent TokenForm(string clientId) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-secret",
    });
}
