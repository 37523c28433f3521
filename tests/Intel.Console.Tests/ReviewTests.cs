using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ReviewTests(ConsoleFixture fixture)
{
    // Two reports naming one man without a birth date: the engine leaves the pair to a decider.
    private const string Name = "Rebwar Jamal Qadir";
    private const string Reason = "Same man: the Dover interview gives both reports' phone.";

    [Fact]
    public async Task A_decider_merges_a_pair_from_the_review_queue_and_undoes_it_by_a_split_and_the_history_names_them_both_times()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var first = await SubmitAsync(nca, "review-queue-1");
        var second = await SubmitAsync(nca, "review-queue-2");
        var pair = new[] { (await ReportResolution.ResolvedAsync(nca, first))["p1"], (await ReportResolution.ResolvedAsync(nca, second))["p1"] };
        Assert.NotEqual(pair[0], pair[1]);

        var page = await fixture.NewPageAsync();
        var violations = PersonBrowser.WatchPolicy(page);
        await PersonBrowser.SignInAsync(page, "decider@uk-nca.test");
        await page.ClickAsync("nav a[href='/console/review']");
        var card = page.Locator($"article.review-case:has(section[data-entity-id='{pair[0]}']):has(section[data-entity-id='{pair[1]}'])");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("section.side bdi").First).ToHaveTextAsync(Name);
        await Assertions.Expect(card.Locator(".match-card tbody tr").First).ToBeVisibleAsync();
        // The engine's terms in words: the name agrees in full, but too few people are known to say how common it is.
        var name = card.Locator(".match-card tr[data-comparison=name] td");
        await Assertions.Expect(name.First).ToHaveTextAsync("Name");
        await Assertions.Expect(name.Nth(1)).ToHaveTextAsync("the same");
        // Neither report gives a birth date: it is named once below the card, not a row of nothing.
        await Assertions.Expect(card.Locator(".match-card tr[data-comparison=birthDate]")).ToHaveCountAsync(0);
        await Assertions.Expect(card.Locator(".not-compared")).ToContainTextAsync("Date of birth, Nationality");
        await Assertions.Expect(card.Locator(".held")).ToHaveTextAsync(
            "Not linked: nothing but the name agrees, and too few people are known yet to tell how common it is.");
        await PersonBrowser.ShootAsync(page, "30-review-queue");
        await page.ClickAsync("button[value=ar]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(name.First).ToHaveTextAsync("الاسم");
        await Assertions.Expect(name.Nth(1)).ToHaveTextAsync("مطابق");
        await Assertions.Expect(card.Locator(".held")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^لم يُربطا: لا يتطابق سوى الاسم"));
        await PersonBrowser.ShootAsync(page, "31-review-queue-arabic");
        await page.ClickAsync("button[value=en]");

        await card.Locator("button.merge").ClickAsync();
        await Assertions.Expect(card.Locator(".field-error[data-field=reason]")).ToBeVisibleAsync();
        var remaining = Guid.Parse((await card.Locator("section.side").First.GetAttributeAsync("data-entity-id"))!);
        var goneReport = remaining == pair[0] ? second : first;
        await card.Locator("textarea.decision-reason").FillAsync(Reason);
        await card.Locator("button.merge").ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);

        await page.GotoAsync($"/console/entities/{remaining}");
        await Assertions.Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(2);
        var merged = page.Locator("#history li[data-type=entity-absorbed]");
        await Assertions.Expect(merged.Locator(".by bdi")).ToHaveTextAsync("Decider of uk-nca");
        await Assertions.Expect(merged.Locator(".reason-text")).ToHaveTextAsync(Reason);

        await page.Locator($"#split-form input[value='{goneReport}']").CheckAsync();
        await page.FillAsync("#split-reason", "Merged in error: two men after all.");
        await page.ClickAsync("#split");
        await Assertions.Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(1);
        var split = page.Locator("#history li[data-type=mentions-split-off]");
        await Assertions.Expect(split.Locator(".by bdi")).ToHaveTextAsync("Decider of uk-nca");
        await PersonBrowser.ShootAsync(page, "32-entity-history-after-split");
        Assert.Empty(violations);
    }

    private static Task<Guid> SubmitAsync(HttpClient feed, string reference) =>
        ReportResolution.SubmitAsync(feed, new JsonObject
        {
            ["reference"] = reference,
            ["summary"] = "Passenger named by a driver at the port.",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["releasableTo"] = new JsonArray("*"),
            ["entities"] = new JsonArray(new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = Name }),
        });
}
