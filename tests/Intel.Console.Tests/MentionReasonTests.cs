using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class MentionReasonTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_linked_mention_says_in_the_persons_language_what_matched_and_by_how_many_bits()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var first = await SubmitAsync(nca, "mention-reason-1");
        var second = await SubmitAsync(nca, "mention-reason-2");
        var resolved = await ReportResolution.ResolvedAsync(nca, first);
        var entity = resolved["p1"];
        Assert.Equal(entity, (await ReportResolution.ResolvedAsync(nca, second))["p1"]);

        var page = await fixture.NewPageAsync();
        var violations = PersonBrowser.WatchPolicy(page);
        await PersonBrowser.SignInAsync(page, "analyst@krg-security.test");
        await page.ClickAsync("button[value=ckb]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ckb");
        await page.GotoAsync($"/console/entities/{entity}");
        var reasons = page.Locator("#mentions td.reasons .reason.compared");
        // The birth date agrees in full: said in Kurdish, its bits as figures read left to right.
        var birthDate = reasons.Filter(new() { HasTextString = "ڕێکەوتی لەدایکبوون: وەک یەک" });
        await Assertions.Expect(birthDate).ToHaveCountAsync(1);
        await Assertions.Expect(birthDate.Locator("bdi")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\+\d+\.\d\d"));
        await Assertions.Expect(birthDate).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ڕێکەوتی لەدایکبوون: وەک یەک \+\d"));
        await Assertions.Expect(reasons.Filter(new() { HasTextString = "یەکەم جار لەم ڕاپۆرتەدا" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#mentions tbody")).Not.ToContainTextAsync("birthDate");
        await Assertions.Expect(page.Locator("#mentions tbody")).Not.ToContainTextAsync("new-entity");
        await PersonBrowser.ShootAsync(page, "14-mention-reasons-kurdish");

        // His phone, met again by its number: the kind in Kurdish, the number as the platform keys it.
        await page.GotoAsync($"/console/entities/{resolved["ph1"]}");
        var phone = page.Locator("#mentions td.reasons .reason").Filter(new() { Has = page.Locator(".kind", new() { HasTextString = "تەلەفۆن" }) });
        await Assertions.Expect(phone.Locator("bdi")).ToHaveTextAsync("+9647504441212");
        Assert.Empty(violations);
    }

    private static Task<Guid> SubmitAsync(HttpClient feed, string reference) =>
        ReportResolution.SubmitAsync(feed, new JsonObject
        {
            ["reference"] = reference,
            ["summary"] = "A driver named at the port, twice.",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["releasableTo"] = new JsonArray("*"),
            ["entities"] = new JsonArray(new JsonObject
            {
                ["ref"] = "p1", ["type"] = "person", ["name"] = "Hogir Sabah Amedi", ["dateOfBirth"] = "1981-06-14", ["nationality"] = "IRQ",
            }, new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "0750 444 1212", ["country"] = "IQ" }),
            ["links"] = new JsonArray(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" }),
        });
}
