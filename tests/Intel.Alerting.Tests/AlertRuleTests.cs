using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>Each alert rule, end to end through the gateway, and what a subscriber may and may not learn.</summary>
public sealed class AlertRuleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task A_cross_agency_hit_names_the_other_agency_and_nothing_of_its_report()
    {
        using var ncaAnalyst = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var ncaFeed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        using var borderFeed = await PartnerClient.ForAsync(Gateway, "iq-border-feed");
        await SubscribeAsync(ncaAnalyst, new { name = "Our entities elsewhere", rules = new[] { "cross-agency-hit" } });

        // The hit is raised by the later report: the other agency reports only once ours is resolved.
        await ReportResolution.ResolvedAsync(ncaFeed, await SubmitAsync(ncaFeed, SampleReports.Phone("NCA-hit-1", "0751 222 3344")));
        var secret = SampleReports.Phone("IQB-hit-1", "+964 751 222 3344");
        secret["summary"] = "Informant says the number belongs to the boat organiser.";
        var borderReport = await SubmitAsync(borderFeed, secret);

        var alert = await AlertAsync(ncaAnalyst, a => a.GetProperty("rule").GetString() == "cross-agency-hit");
        Assert.Contains("iq-border", alert.GetProperty("summary").GetString());
        Assert.DoesNotContain("organiser", alert.GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("reportId").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await ncaAnalyst.GetAsync($"/api/v1/reports/{borderReport}")).StatusCode);
    }

    [Fact]
    public async Task A_flagged_document_alerts_only_agencies_the_report_is_released_to()
    {
        using var krgAnalyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var euAnalyst = await PartnerClient.ForAsync(Gateway, "eu-partner-analyst");
        using var hoFeed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        await SubscribeAsync(krgAnalyst, new { name = "Forgeries", rules = new[] { "suspected-forgery" } });
        await SubscribeAsync(euAnalyst, new { name = "Forgeries", rules = new[] { "suspected-forgery" } });

        var report = new JsonObject
        {
            ["reference"] = "HO-forgery-1",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["releasableTo"] = new JsonArray("krg-security"),
            ["entities"] = new JsonArray(new JsonObject
            {
                ["ref"] = "d1", ["type"] = "document", ["documentType"] = "passport", ["number"] = "B7654321",
                ["issuingCountry"] = "IRQ", ["suspectedForgery"] = true,
            }),
        };
        var reportId = await SubmitAsync(hoFeed, report);

        var alert = await AlertAsync(krgAnalyst, a => a.GetProperty("rule").GetString() == "suspected-forgery");
        Assert.Equal(reportId, alert.GetProperty("reportId").GetGuid());
        Assert.Contains("document:IRQ/B7654321", alert.GetProperty("summary").GetString());
        await Task.Delay(500);
        Assert.DoesNotContain(await AlertsAsync(euAnalyst), a => a.GetProperty("rule").GetString() == "suspected-forgery");
    }

    [Fact]
    public async Task A_passport_whose_MRZ_check_digit_fails_raises_a_suspected_forgery_alert_saying_why()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        await SubscribeAsync(analyst, new { name = "Forgeries", rules = new[] { "suspected-forgery" } });

        var report = SampleReports.ApiExample("HO-mrz-1");
        var passport = report["entities"]![2]!;
        passport["mrz"] = passport["mrz"]!.GetValue<string>().Replace("8403021M", "8403027M", StringComparison.Ordinal);
        var reportId = await SubmitAsync(feed, report);

        var alert = await AlertAsync(analyst, a => a.GetProperty("reportId").ToString() == reportId.ToString());
        Assert.Equal("suspected-forgery", alert.GetProperty("rule").GetString());
        Assert.Contains("document:IRQ/A12345678", alert.GetProperty("summary").GetString());
        Assert.Contains("check digit for the date of birth", alert.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_new_link_to_a_watched_phone_raises_a_network_link_alert()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        await SubscribeAsync(analyst, new { name = "Boat phone", watch = new { selectors = new[] { "phone:+447700900777" } }, rules = new[] { "network-link" } });

        var report = SampleReports.Phone("HO-link-1", "07700 900777");
        report["entities"]![0]!["country"] = "GB";
        report["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = "Dilshad Karim", ["dateOfBirth"] = "1990" });
        report["links"] = new JsonArray(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" });
        await SubmitAsync(feed, report);

        var alert = await AlertAsync(analyst, a => a.GetProperty("rule").GetString() == "network-link");
        Assert.Contains("uses", alert.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_company_watched_by_its_registration_number_as_an_analyst_types_it_alerts_when_reported_with_it_written_otherwise()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        var subscription = await SubscribeAsync(analyst, new
        {
            name = "Front company", watch = new { selectors = new[] { "organisation-registration:gb/0987 6543" } }, rules = new[] { "watched-entity-seen" },
        });

        var report = SampleReports.Phone("NCA-org-watch-1", "+447700900778");
        report["entities"]!.AsArray().Add(new JsonObject
        {
            ["ref"] = "o1", ["type"] = "organisation", ["name"] = "Channel Crossings Logistics Ltd", ["registrationNumber"] = "09-876-543", ["country"] = "GB",
        });
        await SubmitAsync(feed, report);

        var alert = await AlertAsync(analyst, a => a.GetProperty("subscriptionId").GetGuid() == subscription);
        Assert.Equal("watched-entity-seen", alert.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_person_watched_by_a_latin_name_is_found_in_arabic_script_and_namesakes_are_not()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "eu-partner-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        await SubscribeAsync(analyst, new
        {
            name = "Barzani", watch = new { people = new[] { new { name = "Muhammad Barzani", dateOfBirth = "1984" } } }, rules = new[] { "watched-entity-seen" },
        });

        var namesake = Person("KRG-person-1", "Mohammed Barzani", "1962-05-01");
        var arabic = Person("KRG-person-2", "محمد عبدالرحمن البرزاني", "1984-03-02");
        await SubmitAsync(feed, namesake);
        var reportId = await SubmitAsync(feed, arabic);

        var alert = await AlertAsync(analyst, a => a.GetProperty("rule").GetString() == "watched-entity-seen");
        Assert.Equal(reportId, alert.GetProperty("reportId").GetGuid());
        await Task.Delay(500);
        Assert.Single(await AlertsAsync(analyst));
    }

    private static JsonObject Person(string reference, string name, string dateOfBirth) => new()
    {
        ["reference"] = reference,
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "C", ["handling"] = "P" },
        ["releasableTo"] = new JsonArray("*"),
        ["entities"] = new JsonArray(new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = name, ["dateOfBirth"] = dateOfBirth }),
    };

    [Fact]
    public async Task Invalid_subscriptions_name_each_failing_field()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "iq-border-analyst");

        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "",
            watch = new { selectors = new[] { "phone:+9647501234567", "colour:red" } },
            rules = new[] { "watched-entity-seen", "telepathy" },
            webhook = new { url = "http://partner.example/alerts" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["name", "rules[1]", "watch.selectors[1]", "webhook.url"], errors.EnumerateObject().Select(p => p.Name).Order());
    }
}
