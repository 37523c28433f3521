using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>GET /api/v1/alerts pages through the agency's alerts by cursor, and refuses a page it cannot serve naming why.</summary>
public sealed class AlertPagingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task Pages_of_two_followed_by_next_give_every_alert_once_in_order()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        var phones = Enumerable.Range(1, 5).Select(i => $"+96475066600{i:D2}").ToArray();
        var subscription = await SubscribeAsync(analyst, new
        {
            name = "Five phones", watch = new { selectors = phones.Select(p => $"phone:{p}") }, rules = new[] { "watched-entity-seen" },
        });
        await Task.WhenAll(phones.Select((phone, i) => SubmitAsync(feed, SampleReports.Phone($"KRG-page-{i}", phone))));
        var all = await Eventually.GetAsync(async () => await AlertsAsync(analyst) is { Count: 5 } alerts ? alerts : null,
            TimeSpan.FromSeconds(30), "an alert for each phone");

        var paged = new List<JsonElement>();
        var pages = new List<int>();
        string? after = null;
        while (true)
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>(after is null ? "/api/v1/alerts?limit=2" : $"/api/v1/alerts?after={after}&limit=2");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            var next = page.GetProperty("next").GetString();
            if (items.Count == 0)
            {
                // Past the end the cursor stays put, so a client can keep polling from it.
                Assert.Equal(after, next);
                break;
            }
            Assert.Equal(items[^1].GetProperty("cursor").GetString(), next);
            paged.AddRange(items);
            pages.Add(items.Count);
            after = next;
        }

        Assert.Equal([2, 2, 1], pages);
        Assert.Equal(all.Select(a => a.GetProperty("cursor").GetString()), paged.Select(a => a.GetProperty("cursor").GetString()));
        Assert.Equal(5, paged.Select(a => a.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.All(paged, a => Assert.Equal(subscription, a.GetProperty("subscriptionId").GetGuid()));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=", "limit")]
    [InlineData("after=latest", "after")]
    [InlineData("after=-1", "after")]
    [InlineData("after=99999999999999999999", "after")]
    public async Task A_page_that_cannot_be_served_is_refused_with_problem_details_naming_the_parameter(string query, string field)
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");

        using var answer = await analyst.GetAsync($"/api/v1/alerts?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.True(problem.TryGetProperty("traceId", out _));
    }
}
