using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

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
    public async Task A_merged_away_id_keeps_answering_with_the_entity_it_joined_and_as_of_before_the_merge_both_stood_alone()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var karwan = await PersonOfAsync(nca, Person("merge-1", "Karwan Jalal Ahmed", "1981-04-04", Everyone));
        var alias = await PersonOfAsync(nca, Person("merge-2", "Abu Shvan", null, Everyone));
        var beforeMerge = DateTimeOffset.UtcNow;

        using var merged = await analyst.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { karwan, alias }, reason = "Abu Shvan is Karwan's kunya (source 2B)." });

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var old = await GetAsync(analyst, $"/api/v1/entities/{alias}");
        Assert.Equal("merged", old.GetProperty("status").GetString());
        Assert.Equal(karwan, old.GetProperty("mergedInto").GetGuid());
        Assert.Equal(2, (await GetAsync(analyst, $"/api/v1/entities/{karwan}")).GetProperty("mentions").GetArrayLength());
        Assert.Equal(1, (await AsOfAsync(analyst, karwan, beforeMerge)).GetProperty("mentions").GetArrayLength());
        var aliasThen = await AsOfAsync(analyst, alias, beforeMerge);
        Assert.Equal("active", aliasThen.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, aliasThen.GetProperty("mergedInto").ValueKind);
    }

    [Fact]
    public async Task A_split_stands_when_a_later_report_fits_both_halves_and_the_history_says_who_split_and_why()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var first = await SubmitAsync(nca, Person("split-1", "Karzan Hama Salih", "1985-05-05", Everyone, phone: "0750 987 6543"));
        var entity = (await ResolvedAsync(nca, first))["p1"];
        var second = await SubmitAsync(nca, Person("split-2", "Karzan Hama Saleh", "1985-05-05", Everyone));
        Assert.Equal(entity, (await ResolvedAsync(nca, second))["p1"]);
        var beforeSplit = DateTimeOffset.UtcNow;

        const string Reason = "Cousins: one name, one birthday, two villages (source 2B).";
        using var split = await analyst.PostAsJsonAsync($"/api/v1/entities/{entity}/split", new { mentions = new[] { new { reportId = second, @ref = "p1" } }, reason = Reason });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var apart = (await PlatformFixture.JsonAsync(split)).GetProperty("split").GetGuid();
        var afterSplit = DateTimeOffset.UtcNow;

        // Its name and birth date alone link the split-off half too: only the analyst's decision keeps the halves apart.
        var later = await SubmitAsync(nca, Person("split-3", "Karzan Hama Salih", "1985-05-05", Everyone, phone: "+964 750 987 6543"));
        Assert.Equal(entity, (await ResolvedAsync(nca, later))["p1"]);

        var kept = await GetAsync(analyst, $"/api/v1/entities/{entity}");
        var splitOff = await GetAsync(analyst, $"/api/v1/entities/{apart}");
        Assert.Equal(("active", "active"), (kept.GetProperty("status").GetString(), splitOff.GetProperty("status").GetString()));
        Assert.Equal([first, later], ReportsOf(kept));
        Assert.Equal([second], ReportsOf(splitOff));
        var queue = await GetAsync(analyst, "/api/v1/entities/review");
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("entity").GetProperty("id").GetGuid() == apart || i.GetProperty("candidate").GetProperty("id").GetGuid() == apart);

        var decision = Assert.Single((await GetAsync(analyst, $"/api/v1/entities/{entity}/history")).EnumerateArray(), e => e.GetProperty("type").GetString() == "mentions-split-off");
        Assert.Equal("uk-nca-analyst", decision.GetProperty("by").GetString());
        Assert.Equal(Reason, decision.GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal(apart, decision.GetProperty("data").GetProperty("into").GetGuid());
        var made = Assert.Single((await GetAsync(analyst, $"/api/v1/entities/{apart}/history")).EnumerateArray(), e => e.GetProperty("type").GetString() == "entity-split-from");
        Assert.Equal(entity, made.GetProperty("data").GetProperty("from").GetGuid());
        Assert.Equal([first, second], ReportsOf(await AsOfAsync(analyst, entity, beforeSplit)));
        Assert.Equal(JsonValueKind.Null, (await AsOfAsync(analyst, apart, beforeSplit)).ValueKind);
        Assert.Equal([first], ReportsOf(await AsOfAsync(analyst, entity, afterSplit)));
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

    private static async Task<JsonElement> AsOfAsync(HttpClient client, Guid id, DateTimeOffset at) =>
        (await GetAsync(client, $"/api/v1/entities/{id}/history?asOf={Uri.EscapeDataString(at.ToString("O"))}")).GetProperty("entity");

    private static Guid[] ReportsOf(JsonElement entity) => [.. entity.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("reportId").GetGuid())];
}
