using System.Net;
using System.Net.Http.Json;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

public sealed class DecisionFixture : PlatformFixture
{
    protected override string Name => "decisions";
}

/// <summary>Analysts' merges and splits are events that stand; the queue shows what the engine would not decide alone.</summary>
public sealed class DecisionTests(DecisionFixture fixture) : IClassFixture<DecisionFixture>
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task A_merge_keeps_the_old_id_answering_and_a_split_is_never_undone_by_later_reports()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var karwan = await PersonOfAsync(nca, Person("merge-1", "Karwan Jalal Ahmed", "1981-04-04", Everyone));
        var alias = await PersonOfAsync(nca, Person("merge-2", "Abu Shvan", null, Everyone));
        var beforeMerge = DateTimeOffset.UtcNow;
        await Task.Delay(50);

        using var merged = await analyst.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { karwan, alias }, reason = "Abu Shvan is Karwan's kunya (source 2B)." });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var old = await GetAsync(analyst, $"/api/v1/entities/{alias}");
        Assert.Equal("merged", old.GetProperty("status").GetString());
        Assert.Equal(karwan, old.GetProperty("mergedInto").GetGuid());
        Assert.Equal(2, (await GetAsync(analyst, $"/api/v1/entities/{karwan}")).GetProperty("mentions").GetArrayLength());
        var then = await GetAsync(analyst, $"/api/v1/entities/{karwan}/history?asOf={Uri.EscapeDataString(beforeMerge.ToString("O"))}");
        Assert.Equal(1, then.GetProperty("entity").GetProperty("mentions").GetArrayLength());

        var mention = (await GetAsync(nca, "/api/v1/reports/" + (await GetAsync(analyst, $"/api/v1/entities/{karwan}")).GetProperty("mentions")[0].GetProperty("reportId").GetGuid()));
        using var split = await analyst.PostAsJsonAsync($"/api/v1/entities/{karwan}/split", new
        {
            mentions = new[] { new { reportId = mention.GetProperty("id").GetGuid(), @ref = "p1" } },
            reason = "Two men: the passport photo differs.",
        });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var apart = (await PlatformFixture.JsonAsync(split)).GetProperty("split").GetGuid();

        // The same evidence again would have joined them; the analyst said otherwise, and that stands.
        var later = await PersonOfAsync(nca, Person("merge-3", "Karwan Jalal Ahmed", "1981-04-04", Everyone));
        var laterEntity = await GetAsync(analyst, $"/api/v1/entities/{later}");
        Assert.True(later == apart || later == karwan);
        Assert.Equal("active", laterEntity.GetProperty("status").GetString());
        Assert.NotEqual("merged", (await GetAsync(analyst, $"/api/v1/entities/{apart}")).GetProperty("status").GetString());
        Assert.NotEqual("merged", (await GetAsync(analyst, $"/api/v1/entities/{karwan}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Decisions_need_the_decide_scope_a_reason_and_entities_the_caller_may_see()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var outsider = await PartnerClient.ForAsync(fixture.Platform.Gateway, "eu-partner-analyst");
        using var ownAnalyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var secret = await PersonOfAsync(nca, Person("secret-1", "Soran Kawa Rashid", "1990-01-01", ["uk-homeoffice"]));
        var other = await PersonOfAsync(nca, Person("secret-2", "Aram Kawa Rashid", "1991-01-01", ["uk-homeoffice"]));

        using var feedTries = await nca.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { secret, other }, reason = "same" });
        using var unseen = await outsider.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { secret, other }, reason = "same" });
        using var noReason = await ownAnalyst.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { secret, other } });

        Assert.Equal(HttpStatusCode.Forbidden, feedTries.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unseen.StatusCode);
        Assert.Contains("ids[0]", await unseen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("active", (await GetAsync(ownAnalyst, $"/api/v1/entities/{other}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_doubtful_match_waits_in_the_review_queue_and_a_merge_takes_it_off()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        // A name alone, however exactly it agrees, is not enough to say two reports are one man.
        var known = await PersonOfAsync(nca, Person("review-1", "Mohammed Ali Hassan", null, Everyone));
        var doubtful = await PersonOfAsync(nca, Person("review-2", "Mohammed Ali Hassan", null, Everyone));
        Assert.NotEqual(known, doubtful);

        var queue = await GetAsync(analyst, "/api/v1/entities/review");
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray(),
            i => new[] { i.GetProperty("entity").GetProperty("id").GetGuid(), i.GetProperty("candidate").GetProperty("id").GetGuid() }.Order().SequenceEqual(new[] { known, doubtful }.Order()));
        Assert.Equal("review", item.GetProperty("match").GetProperty("band").GetString());

        using var merged = await analyst.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { known, doubtful }, reason = "Same man, date of birth confirmed." });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var after = await GetAsync(analyst, "/api/v1/entities/review");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("entity").GetProperty("id").GetGuid() == doubtful || i.GetProperty("candidate").GetProperty("id").GetGuid() == doubtful);
    }
}
