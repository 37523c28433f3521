using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

public sealed class ReviewDecisionFixture : PlatformFixture
{
    protected override string Name => "review_decisions";
}

/// <summary>Besides a merge, an analyst answers a review case by keeping the pair apart or deferring it, each with a reason on the record.</summary>
public sealed class ReviewDecisionTests(ReviewDecisionFixture fixture) : IClassFixture<ReviewDecisionFixture>
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task Keeping_a_pair_apart_takes_it_off_the_queue_and_both_histories_say_who_and_why()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var (caseId, pair) = await PairAsync(nca, analyst, "apart", "Yusuf Omar Khalil");

        const string Reason = "Different fathers' names in the source interviews (source 2B).";
        using var kept = await analyst.PostAsJsonAsync($"/api/v1/entities/review/{caseId}/keep-apart", new { reason = Reason });
        using var again = await analyst.PostAsJsonAsync($"/api/v1/entities/review/{caseId}/keep-apart", new { reason = Reason });

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Null(await CaseAsync(analyst, caseId));
        foreach (var (entity, other) in new[] { (pair[0], pair[1]), (pair[1], pair[0]) })
        {
            var decision = Assert.Single((await GetAsync(analyst, $"/api/v1/entities/{entity}/history")).EnumerateArray(), e => e.GetProperty("type").GetString() == "kept-apart-from");
            Assert.Equal("uk-nca-analyst", decision.GetProperty("by").GetString());
            Assert.Equal(Reason, decision.GetProperty("data").GetProperty("reason").GetString());
            Assert.Equal(other, decision.GetProperty("data").GetProperty("other").GetGuid());
            Assert.Equal("active", (await GetAsync(analyst, $"/api/v1/entities/{entity}")).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_deferred_case_stays_open_marked_deferred_and_the_history_says_why()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var (caseId, pair) = await PairAsync(nca, analyst, "defer", "Hawre Aziz Mahmood");

        const string Reason = "Waiting for the passport scan from Erbil.";
        using var deferred = await analyst.PostAsJsonAsync($"/api/v1/entities/review/{caseId}/defer", new { reason = Reason });

        Assert.Equal(HttpStatusCode.OK, deferred.StatusCode);
        var item = await CaseAsync(analyst, caseId);
        Assert.True(item?.GetProperty("deferred").GetBoolean());
        var decision = Assert.Single((await GetAsync(analyst, $"/api/v1/entities/{pair[0]}/history")).EnumerateArray(), e => e.GetProperty("type").GetString() == "review-deferred");
        Assert.Equal(Reason, decision.GetProperty("data").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_review_decision_needs_a_reason_the_decide_scope_and_a_case_the_caller_may_see()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        using var outsider = await PartnerClient.ForAsync(fixture.Platform.Gateway, "eu-partner-analyst");
        var (caseId, _) = await PairAsync(nca, analyst, "secret", "Dilshad Karim Aziz", ["uk-homeoffice"]);

        using var noReason = await analyst.PostAsJsonAsync($"/api/v1/entities/review/{caseId}/keep-apart", new { reason = " " });
        using var feedTries = await nca.PostAsJsonAsync($"/api/v1/entities/review/{caseId}/keep-apart", new { reason = "two" });
        using var unseen = await outsider.PostAsJsonAsync($"/api/v1/entities/review/{caseId}/defer", new { reason = "later" });
        using var noCase = await analyst.PostAsJsonAsync($"/api/v1/entities/review/{Guid.CreateVersion7()}/defer", new { reason = "later" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, feedTries.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unseen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noCase.StatusCode);
        Assert.False((await CaseAsync(analyst, caseId))?.GetProperty("deferred").GetBoolean());
    }

    /// <summary>Two reports of one name without a birth date: the engine asks an analyst.</summary>
    private static async Task<(Guid Case, Guid[] Pair)> PairAsync(HttpClient feed, HttpClient analyst, string prefix, string name, string[]? releasableTo = null)
    {
        var first = await PersonOfAsync(feed, Person($"{prefix}-1", name, null, releasableTo ?? Everyone));
        var second = await PersonOfAsync(feed, Person($"{prefix}-2", name, null, releasableTo ?? Everyone));
        var queue = await GetAsync(analyst, "/api/v1/entities/review");
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray(), i => Pair(i).SequenceEqual(new[] { first, second }.Order()));
        return (item.GetProperty("id").GetGuid(), [first, second]);
    }

    private static async Task<JsonElement?> CaseAsync(HttpClient analyst, Guid caseId) =>
        (await GetAsync(analyst, "/api/v1/entities/review")).GetProperty("items").EnumerateArray()
            .Select(i => (JsonElement?)i).FirstOrDefault(i => i!.Value.GetProperty("id").GetGuid() == caseId);

    private static Guid[] Pair(JsonElement item) =>
        [.. new[] { item.GetProperty("entity").GetProperty("id").GetGuid(), item.GetProperty("candidate").GetProperty("id").GetGuid() }.Order()];
}
