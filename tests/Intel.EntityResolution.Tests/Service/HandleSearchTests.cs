using System.Net;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>A handle as analysts often have it, "@name" with no platform, finds that account on every platform, within what the caller may see.</summary>
[Collection(VariationCollection.Name)]
public sealed class HandleSearchTests(VariationFixture fixture)
{
    private static JsonObject Social(string reference, string platform, string handle, params string[] releasableTo) => new()
    {
        ["reference"] = reference,
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
        ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
        ["entities"] = new JsonArray(new JsonObject { ["ref"] = "s1", ["type"] = "social", ["platform"] = platform, ["handle"] = handle }),
    };

    [Fact]
    public async Task A_bare_handle_finds_the_account_on_each_platform_the_caller_may_see_and_says_which()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var border = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        var facebook = (await ResolvedAsync(nca, await SubmitAsync(nca, Social("handle-fb", "Facebook", "@Rebaz.Crossings", "krg-security"))))["s1"];
        var telegram = (await ResolvedAsync(nca, await SubmitAsync(nca, Social("handle-tg", "tg", "https://t.me/rebaz.crossings", "krg-security"))))["s1"];
        var other = (await ResolvedAsync(nca, await SubmitAsync(nca, Social("handle-other", "instagram", "@rebaz.crossings.eu", "krg-security"))))["s1"];
        // iq-border keeps its own: krg-security's search must not show it.
        var withheld = (await ResolvedAsync(border, await SubmitAsync(border, Social("handle-x", "twitter", "@rebaz.crossings"))))["s1"];

        var found = await GetAsync(analyst, "/api/v1/entities?handle=" + Uri.EscapeDataString("@Rebaz.Crossings"));

        var items = found.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([facebook, telegram], items.Select(i => i.GetProperty("entity").GetProperty("id").GetGuid()).Order());
        Assert.Equal(["exact:social:facebook/rebaz.crossings", "exact:social:telegram/rebaz.crossings"],
            items.Select(i => i.GetProperty("reasons")[0].GetString()).Order());
        Assert.DoesNotContain(items, i => i.GetProperty("entity").GetProperty("id").GetGuid() == other || i.GetProperty("entity").GetProperty("id").GetGuid() == withheld);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("rebaz crossings")]
    [InlineData("https://www.facebook.com/rebaz.crossings")]
    public async Task A_handle_that_is_not_one_account_name_is_refused_naming_the_field(string handle)
    {
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");

        using var response = await analyst.GetAsync("/api/v1/entities?handle=" + Uri.EscapeDataString(handle));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"handle\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
