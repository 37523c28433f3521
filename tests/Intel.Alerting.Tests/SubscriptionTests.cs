using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>A subscription belongs to the client that made it, watches what it names in any written form, and stops when deleted.</summary>
public sealed class SubscriptionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task A_client_lists_and_reads_only_its_own_subscriptions_and_no_other_client_even_of_its_agency_can_read_or_delete_them()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var colleague = await NewClientAsync(Gateway, "uk-nca-desk", "uk-nca", "alerts");
        using var foreigner = await PartnerClient.ForAsync(Gateway, "iq-border-analyst");
        var first = await SubscribeAsync(analyst, Watching("Boat phone", "phone:+9647705550001"));
        var second = await SubscribeAsync(analyst, Watching("Organiser", "phone:+9647705550002"));
        var colleagues = await SubscribeAsync(colleague, Watching("Desk", "phone:+9647705550003"));

        Assert.Equal([first, second], await IdsAsync(analyst));
        Assert.Equal([colleagues], await IdsAsync(colleague));
        Assert.Empty(await IdsAsync(foreigner));
        var own = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{first}");
        Assert.Equal(first, own.GetProperty("id").GetGuid());
        Assert.Equal("Boat phone", own.GetProperty("name").GetString());
        foreach (var stranger in new[] { colleague, foreigner })
        {
            using var read = await stranger.GetAsync($"/api/v1/subscriptions/{first}");
            using var delete = await stranger.DeleteAsync($"/api/v1/subscriptions/{first}");
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        }
        Assert.Equal([first, second], await IdsAsync(analyst));
    }

    [Fact]
    public async Task A_deleted_subscription_is_gone_and_raises_no_more_alerts_while_another_on_the_same_phone_still_does()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "eu-partner-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "eu-partner-feed");
        var deleted = await SubscribeAsync(analyst, Watching("To delete", "phone:+9647704440001"));
        var kept = await SubscribeAsync(analyst, Watching("Kept", "phone:+9647704440001", "phone:+9647704440002"));
        var before = await SubmitAsync(feed, SampleReports.Phone("EU-delete-1", "0770 444 0001"));
        await AlertAsync(analyst, a => Counts(a, deleted, before));

        using var delete = await analyst.DeleteAsync($"/api/v1/subscriptions/{deleted}");
        using var read = await analyst.GetAsync($"/api/v1/subscriptions/{deleted}");
        using var deleteAgain = await analyst.DeleteAsync($"/api/v1/subscriptions/{deleted}");
        var after = await SubmitAsync(feed, SampleReports.Phone("EU-delete-2", "0770 444 0001"));
        await AlertAsync(analyst, a => Counts(a, kept, after));
        // Alerts of one report are stored together; once a later report's alert is listed, anything of the earlier one would be too.
        var later = await SubmitAsync(feed, SampleReports.Phone("EU-delete-3", "0770 444 0002"));
        await AlertAsync(analyst, a => Counts(a, kept, later));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
        Assert.Equal([kept], await IdsAsync(analyst));
        Assert.DoesNotContain(await AlertsAsync(analyst, deleted), a => Counts(a, deleted, after));
    }

    [Fact]
    public async Task An_engine_selector_without_its_make_is_refused_naming_the_selector_as_it_could_never_match()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");

        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions",
            Watching("Outboard", "engine:YAMAHA/6BG1012345", "engine:6BG1012345"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var error = Assert.Single(errors.EnumerateObject());
        Assert.Equal("watch.selectors[1]", error.Name);
        Assert.Contains("make and serial", error.Value[0].GetString());
    }

    [Fact]
    public async Task An_account_watched_by_an_IBAN_that_fails_its_check_is_refused_naming_the_selector()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");

        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions",
            Watching("Mistyped account", "account:GB82WEST12345698765432", "account:GB82 WEST 1234 5698 7654 33"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var error = Assert.Single(errors.EnumerateObject());
        Assert.Equal("watch.selectors[1]", error.Name);
        Assert.Contains("the IBAN GB82WEST12345698765433 fails its mod-97 check digits", error.Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_plate_and_engine_watched_as_written_differently_from_the_report_raise_alerts()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        var subscription = await SubscribeAsync(analyst,
            Watching("Written forms", "email:Karwan.Travel@EXAMPLE.org", "vehicle:uk/ab-12 cde", "engine:Yamaha Motor/6bg 1012345"));

        var reportId = await SubmitAsync(feed, new JsonObject
        {
            ["reference"] = "HO-forms-1",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["entities"] = new JsonArray(
                new JsonObject { ["ref"] = "m1", ["type"] = "email", ["address"] = "karwan.travel@example.org" },
                new JsonObject { ["ref"] = "c1", ["type"] = "vehicle", ["plate"] = "AB12 CDE", ["country"] = "GB" },
                new JsonObject { ["ref"] = "e1", ["type"] = "engine", ["make"] = "YAMAHA", ["serial"] = "6BG-1012345" }),
        });

        var alerts = await Eventually.GetAsync(async () =>
            (await AlertsAsync(analyst, subscription)).Where(a => Counts(a, subscription, reportId)).ToList() is { Count: 3 } all ? all : null,
            TimeSpan.FromSeconds(30), "an alert for each watched entity");
        foreach (var reported in new[] { "email:karwan.travel@example.org", "vehicle:GB/AB12CDE", "engine:YAMAHA/6BG1012345" })
        {
            Assert.Single(alerts, a => a.GetProperty("summary").GetString()!.Contains(reported, StringComparison.Ordinal));
        }
    }

    private static object Watching(string name, params string[] selectors) =>
        new { name, watch = new { selectors }, rules = new[] { "watched-entity-seen" } };

    private static async Task<List<Guid>> IdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/subscriptions")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid())];

    /// <summary>Whether the alert is the subscription's and counts the report, whether it raised the alert or was grouped on it.</summary>
    private static bool Counts(JsonElement alert, Guid subscriptionId, Guid reportId) =>
        alert.GetProperty("subscriptionId").GetGuid() == subscriptionId
        && alert.GetProperty("reportIds").EnumerateArray().Any(r => r.GetGuid() == reportId);
}
