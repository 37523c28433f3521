using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ReportListTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_report_list_shows_a_new_report_first_narrows_by_summary_text_and_pages_on_with_more()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var token = "kestrel" + Guid.NewGuid().ToString("N")[..8];
        // One more than a page of the list shares the word, then a report that does not.
        var lines = Enumerable.Range(0, 26).Select(i =>
        {
            var report = SampleReports.Phone($"{token}-{i}", $"+96475066{i:00}{Random.Shared.Next(1000, 9999)}", "krg-security");
            report["summary"] = $"Crossing {i} arranged by {token} from Gravelines.";
            return report.ToJsonString();
        });
        using var batch = await nca.PostAsync("/api/v1/reports/batch", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"));
        batch.EnsureSuccessStatusCode();
        var other = SampleReports.Phone($"{token}-other", "+9647506699001", "krg-security");
        other["summary"] = "Boat bought in Germany, engine from Turkey.";
        using var posted = await nca.PostAsJsonAsync("/api/v1/reports", other);
        posted.EnsureSuccessStatusCode();
        var otherId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@krg-security.test");
        await page.ClickAsync("#nav-reports");
        var rows = page.Locator("#reports tbody tr");
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-report-id", otherId.ToString());
        await Assertions.Expect(rows.First.Locator(".summary")).ToHaveTextAsync("Boat bought in Germany, engine from Turkey.");

        await page.FillAsync("#report-text", token);
        await page.ClickAsync("#filter-reports");
        await Assertions.Expect(page.Locator($"#reports tr[data-report-id='{otherId}']")).ToHaveCountAsync(0);
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(rows.First.Locator("a.report-link")).ToHaveTextAsync($"{token}-25");
        await PersonBrowser.ShootAsync(page, "35-report-list");
        await page.ClickAsync("#more-reports");
        await Assertions.Expect(rows).ToHaveCountAsync(26);
        await Assertions.Expect(rows.Last.Locator("a.report-link")).ToHaveTextAsync($"{token}-0");
        await Assertions.Expect(page.Locator("#more-reports")).ToHaveCountAsync(0);

        await rows.Last.Locator("a.report-link").ClickAsync();
        await Assertions.Expect(page.Locator("#report-reference")).ToHaveTextAsync($"{token}-0");
    }
}
