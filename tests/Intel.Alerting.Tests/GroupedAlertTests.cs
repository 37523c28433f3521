using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>Reports that repeat an open alert are counted on it, and told on the stream, rather than alerted again.</summary>
public sealed class GroupedAlertTests(GroupingPlatformFixture fixture) : IClassFixture<GroupingPlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task Reports_of_a_watched_phone_while_its_alert_is_open_are_counted_on_it_and_a_closed_alert_takes_no_more()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var krgFeed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        using var ncaFeed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        var subscriptionId = await SubscribeAsync(analyst, new
        {
            name = "Boat phone", watch = new { selectors = new[] { "phone:+9647501110001" } }, rules = new[] { "watched-entity-seen" },
        });
        using var stream = await AlertStreamReader.OpenAsync(analyst);

        var first = await SubmitAsync(krgFeed, SampleReports.Phone("KRG-group-1", "0750 111 0001"));
        var raised = await stream.NextAsync();
        var second = await SubmitAsync(ncaFeed, SampleReports.Phone("NCA-group-2", "+964 750 111 0001", "krg-security"));
        var repeated = await stream.NextAsync();

        Assert.Equal(raised.Data.GetProperty("id").GetGuid(), repeated.Data.GetProperty("id").GetGuid());
        Assert.True(long.Parse(repeated.Id) > long.Parse(raised.Id));
        Assert.Equal(2, repeated.Data.GetProperty("count").GetInt32());
        Assert.Equal([first, second], ReportIds(repeated.Data));
        Assert.Equal(first, repeated.Data.GetProperty("reportId").GetGuid());
        var alerts = await AlertsAsync(analyst, subscriptionId);
        Assert.Equal(2, Assert.Single(alerts).GetProperty("count").GetInt32());
        var alertId = alerts[0].GetProperty("id").GetGuid();
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/history");
        Assert.Equal(["alert-raised", "alert-repeated"], history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(second, history[1].GetProperty("data").GetProperty("reportId").GetGuid());

        (await analyst.PostAsync($"/api/v1/alerts/{alertId}/close", null)).EnsureSuccessStatusCode();
        var third = await SubmitAsync(krgFeed, SampleReports.Phone("KRG-group-3", "0750 111 0001"));
        var next = await stream.NextAsync();

        Assert.NotEqual(alertId, next.Data.GetProperty("id").GetGuid());
        Assert.Equal([third], ReportIds(next.Data));
        Assert.Equal(2, (await AlertsAsync(analyst, subscriptionId)).Count);
    }

    [Fact]
    public async Task A_cross_agency_hit_counting_a_report_the_agency_may_not_see_shows_nothing_of_that_report()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var ncaFeed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        using var euFeed = await PartnerClient.ForAsync(Gateway, "eu-partner-feed");
        using var borderFeed = await PartnerClient.ForAsync(Gateway, "iq-border-feed");
        var subscriptionId = await SubscribeAsync(analyst, new { name = "Ours elsewhere", rules = new[] { "cross-agency-hit" } });
        await ReportResolution.ResolvedAsync(ncaFeed, await SubmitAsync(ncaFeed, SampleReports.Phone("NCA-grouphit-1", "0770 222 0001")));
        using var stream = await AlertStreamReader.OpenAsync(analyst);

        var shared = await SubmitAsync(euFeed, SampleReports.Phone("EU-grouphit-1", "+964 770 222 0001", "uk-nca"));
        var raised = await stream.NextAsync();
        var secret = SampleReports.Phone("IQB-grouphit-1", "+9647702220001");
        secret["summary"] = "Informant Kawa says the organiser uses this phone.";
        var hidden = await SubmitAsync(borderFeed, secret);
        var repeated = await stream.NextAsync();

        Assert.Equal(shared, raised.Data.GetProperty("reportId").GetGuid());
        Assert.Equal(2, repeated.Data.GetProperty("count").GetInt32());
        Assert.Equal([shared], ReportIds(repeated.Data));
        var alertId = repeated.Data.GetProperty("id").GetGuid();
        var listed = Assert.Single(await AlertsAsync(analyst, subscriptionId));
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}/history");
        Assert.Contains("iq-border", history[1].GetProperty("data").GetProperty("summary").GetString());
        foreach (var shown in new[] { repeated.Data, listed, history })
        {
            Assert.DoesNotContain(hidden.ToString(), shown.GetRawText());
            Assert.DoesNotContain("Kawa", shown.GetRawText());
        }
    }

    private static IEnumerable<Guid> ReportIds(JsonElement alert) =>
        alert.GetProperty("reportIds").EnumerateArray().Select(r => r.GetGuid());
}
