using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>A report that fits two entities: the engine merges them and says why, unless an analyst has split them.</summary>
[Collection(VariationCollection.Name)]
public sealed class MergeVariationTests(VariationFixture fixture)
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task A_report_fitting_two_namesakes_merges_them_and_the_history_shows_the_identifier_that_matched()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var phoneReport = await SubmitAsync(nca, Person("var-absorb-1", "Nawzad Sindi", null, Everyone, phone: "0751 808 4411"));
        var byPhone = (await ResolvedAsync(nca, phoneReport))["p1"];
        var passportReport = await SubmitAsync(nca, Person("var-absorb-2", "Nawzad Qadir Sindi", null, Everyone, passport: "N3456789"));
        var byPassport = (await ResolvedAsync(nca, passportReport))["p1"];
        // A shorter name alone is not enough: until a report ties the phone to the passport they are two men.
        Resolved.Apart(("Nawzad Sindi with the phone", byPhone), ("Nawzad Qadir Sindi with the passport", byPassport));

        var survivor = await PersonOfAsync(nca, Person("var-absorb-3", "Nawzad Qadir Sindi", null, Everyone, passport: "N3456789", phone: "+964 751 808 4411"));

        Assert.Contains(survivor, new[] { byPhone, byPassport });
        var (gone, goneReport, shared) = survivor == byPhone ? (byPassport, passportReport, "document") : (byPhone, phoneReport, "phone");
        var old = await GetAsync(analyst, $"/api/v1/entities/{gone}");
        Assert.Equal("merged", old.GetProperty("status").GetString());
        Assert.Equal(survivor, old.GetProperty("mergedInto").GetGuid());

        // The analyst reading the survivor sees who merged, what joined, and which comparison carried the match.
        var history = await GetAsync(analyst, $"/api/v1/entities/{survivor}/history");
        var absorbed = Assert.Single(history.EnumerateArray(), e => e.GetProperty("type").GetString() == "entity-absorbed").GetProperty("data");
        Assert.Equal("entity-resolution", absorbed.GetProperty("by").GetString());
        Assert.Equal(gone, absorbed.GetProperty("from").GetGuid());
        Assert.Contains(absorbed.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("reportId").GetGuid() == goneReport);
        var match = absorbed.GetProperty("match");
        Assert.Equal(JsonValueKind.Object, match.ValueKind);
        Assert.Equal("link", match.GetProperty("band").GetString());
        var levels = match.GetProperty("comparisons").EnumerateArray()
            .ToDictionary(c => c.GetProperty("comparison").GetString()!, c => c.GetProperty("level").GetString());
        Assert.Equal("same", levels.GetValueOrDefault(shared));
    }

    [Fact]
    public async Task A_report_that_fits_two_namesakes_only_by_what_both_already_have_leaves_them_apart()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var inErbil = await PersonOfAsync(nca, Person("var-bridge-1", "Soran Faiq Barzinji", null, Everyone, nationality: "IRQ", places: [("Erbil", "lives-in")]));
        var inBasra = await PersonOfAsync(nca, Person("var-bridge-2", "Soran Faiq Barzinji", null, Everyone, nationality: "IRQ", places: [("Basra", "lives-in")]));
        Resolved.Apart(("Soran Faiq Barzinji of Erbil", inErbil), ("Soran Faiq Barzinji of Basra", inBasra));

        // The name and nationality fit both men, and tie neither's town to the other's.
        var neither = await PersonOfAsync(nca, Person("var-bridge-3", "Soran Faiq Barzinji", null, Everyone, nationality: "IRQ"));

        Resolved.Apart(("Soran Faiq Barzinji of Erbil", inErbil), ("Soran Faiq Barzinji of Basra", inBasra), ("Soran Faiq Barzinji, no town", neither));
        foreach (var entity in new[] { inErbil, inBasra })
        {
            Assert.Equal("active", (await GetAsync(analyst, $"/api/v1/entities/{entity}")).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_split_stands_when_a_later_report_carries_the_name_the_birth_date_and_both_halves_identifiers()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var first = await SubmitAsync(nca, Person("var-split-1", "Sirwan Hama Rashid", "1986-10-21", Everyone, phone: "0770 444 5566"));
        var entity = (await ResolvedAsync(nca, first))["p1"];
        var second = await SubmitAsync(nca, Person("var-split-2", "Sirwan Hama Rashid", "1986-10-21", Everyone, passport: "S4455667"));
        Resolved.AsOne(("Sirwan Hama Rashid with the phone", entity), ("Sirwan Hama Rashid with the passport", (await ResolvedAsync(nca, second))["p1"]));

        using var split = await analyst.PostAsJsonAsync($"/api/v1/entities/{entity}/split",
            new { mentions = new[] { new { reportId = second, @ref = "p1" } }, reason = "Father and son: the passport holder is the son (source 2B)." });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var apart = (await PlatformFixture.JsonAsync(split)).GetProperty("split").GetGuid();

        // Every comparison fits both halves: only the analyst's decision keeps them apart.
        await PersonOfAsync(nca, Person("var-split-3", "Sirwan Hama Rashid", "1986-10-21", Everyone, passport: "S4455667", phone: "+964 770 444 5566"));

        var kept = await GetAsync(analyst, $"/api/v1/entities/{entity}");
        var splitOff = await GetAsync(analyst, $"/api/v1/entities/{apart}");
        Assert.Equal(("active", "active"), (kept.GetProperty("status").GetString(), splitOff.GetProperty("status").GetString()));
    }
}
