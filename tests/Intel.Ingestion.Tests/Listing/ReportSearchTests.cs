using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Listing;

/// <summary>Searching reports through the gateway: visibility, filters, keyset paging and refusals.</summary>
public sealed class ReportSearchTests(ReportSearchFixture fixture) : IClassFixture<ReportSearchFixture>
{
    private static readonly DateTimeOffset Day = new(2031, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task An_agency_sees_its_own_and_released_reports_and_never_another_agencys()
    {
        var own = await SubmitAsync("uk-nca-feed", "NCA-vis-1", "Visibility marker own", Day);
        var released = await SubmitAsync("iq-border-feed", "IQB-vis-1", "Visibility marker released", Day, "uk-nca");
        var everyone = await SubmitAsync("krg-security-feed", "KRG-vis-1", "Visibility marker everyone", Day, "*");
        var withheld = await SubmitAsync("uk-homeoffice-feed", "HO-vis-1", "Visibility marker withheld", Day, "krg-security");

        var seen = await IdsAsync("uk-nca-analyst", "?q=visibility marker");

        Assert.Equal(new[] { own, released, everyone }.Order(), seen.Order());
        Assert.DoesNotContain(withheld, seen);
        Assert.Contains(withheld, await IdsAsync("krg-security-analyst", "?q=visibility marker"));
    }

    [Fact]
    public async Task Filters_by_time_agency_entity_type_and_summary_text()
    {
        var early = await SubmitAsync("uk-nca-feed", "NCA-filter-1", "Filter marker Dunkirk crossing", Day.AddDays(-3));
        var late = await SubmitAsync("uk-nca-feed", "NCA-filter-2", "Filter marker Calais", Day.AddDays(3), "iq-border");
        var theirs = await SubmitAsync("iq-border-feed", "IQB-filter-1", "Filter marker Erbil", Day, "uk-nca");

        Assert.Equal([late, theirs, early], await IdsAsync("uk-nca-analyst", "?q=FILTER MARKER"));
        Assert.Equal([late], await IdsAsync("uk-nca-analyst", $"?q=filter marker&receivedAfter={Uri.EscapeDataString($"{Day:O}")}"));
        Assert.Equal([early], await IdsAsync("uk-nca-analyst", $"?q=filter marker&receivedBefore={Uri.EscapeDataString($"{Day.AddDays(-1):O}")}"));
        Assert.Equal([theirs], await IdsAsync("uk-nca-analyst", "?q=filter marker&agency=iq-border"));
        Assert.Equal([early], await IdsAsync("uk-nca-analyst", "?q=dunkirk"));
        Assert.Empty(await IdsAsync("uk-nca-analyst", "?q=filter marker&entityType=vessel"));
        Assert.Equal(3, (await IdsAsync("uk-nca-analyst", "?q=filter marker&entityType=phone")).Count);
    }

    [Fact]
    public async Task Items_carry_the_listed_fields()
    {
        var id = await SubmitAsync("eu-partner-feed", "EU-fields-1", "Fields marker", Day);

        using var analyst = await PartnerClient.ForAsync(Gateway, "eu-partner-analyst");
        var item = (await PageAsync(analyst, "?q=fields marker")).GetProperty("items")[0];

        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal("EU-fields-1", item.GetProperty("reference").GetString());
        Assert.Equal("eu-partner", item.GetProperty("agency").GetString());
        Assert.Equal(Day, item.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal("amber", item.GetProperty("tlp").GetString());
        Assert.Equal("A", item.GetProperty("grading").GetProperty("intelligence").GetString());
        Assert.Equal("phone", item.GetProperty("entityTypes")[0].GetString());
        Assert.True(item.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Paging_across_reports_that_tie_on_receipt_time_loses_and_repeats_nothing()
    {
        var tie = Day.AddDays(1);
        var submitted = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            submitted.Add(await SubmitAsync("uk-homeoffice-feed", $"HO-tie-{i}", "Tie marker", tie));
        }

        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-analyst");
        var paged = new List<Guid>();
        string? next = null;
        do
        {
            var page = await PageAsync(analyst, "?q=tie marker&limit=3" + (next is null ? "" : $"&after={next}"));
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);

        Assert.Equal(submitted.Order(), paged.Order());
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Fact]
    public async Task A_cursor_reused_with_another_filter_is_refused()
    {
        await SubmitAsync("krg-security-feed", "KRG-cursor-1", "Cursor marker", Day);
        await SubmitAsync("krg-security-feed", "KRG-cursor-2", "Cursor marker", Day);
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        var next = (await PageAsync(analyst, "?q=cursor marker&limit=1")).GetProperty("next").GetString();

        using var same = await analyst.GetAsync($"/api/v1/reports?q=cursor marker&limit=1&after={next}");
        using var other = await analyst.GetAsync($"/api/v1/reports?q=cursor&limit=1&after={next}");

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        await AssertRefusedAsync(other, "after");
    }

    [Theory]
    [InlineData("?receivedAfter=yesterday", "receivedAfter")]
    [InlineData("?receivedBefore=2031-13-01", "receivedBefore")]
    [InlineData("?entityType=spaceship", "entityType")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=501", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?after=not-a-cursor", "after")]
    public async Task Bad_parameters_are_refused_naming_the_field(string query, string field)
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "iq-border-analyst");

        using var answer = await analyst.GetAsync("/api/v1/reports" + query);

        await AssertRefusedAsync(answer, field);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage answer, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.True((await PlatformFixture.JsonAsync(answer)).GetProperty("errors").TryGetProperty(field, out _));
    }

    private async Task<Guid> SubmitAsync(string client, string reference, string summary, DateTimeOffset receivedAt, params string[] releasableTo)
    {
        using var feed = await PartnerClient.ForAsync(Gateway, client);
        var report = SampleReports.Phone(reference, "+447700900123", releasableTo);
        report["summary"] = summary;
        fixture.Clock.Set(receivedAt);
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        return (await PlatformFixture.JsonAsync(answer)).GetProperty("id").GetGuid();
    }

    private async Task<List<Guid>> IdsAsync(string client, string query)
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, client);
        var page = await PageAsync(analyst, query);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string query)
    {
        using var answer = await client.GetAsync("/api/v1/reports" + query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await PlatformFixture.JsonAsync(answer);
    }
}
