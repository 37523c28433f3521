using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>What an alert shows is limited to what the subscriber's agency may see, wherever the alert is read.</summary>
public sealed class AlertDisclosureTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task An_analyst_sees_nothing_of_a_report_not_released_to_its_agency_in_any_alert_field_of_the_list_stream_or_history()
    {
        var gateway = fixture.Platform.Gateway;
        using var analyst = await PartnerClient.ForAsync(gateway, "uk-nca-analyst");
        using var ncaFeed = await PartnerClient.ForAsync(gateway, "uk-nca-feed");
        using var borderFeed = await PartnerClient.ForAsync(gateway, "iq-border-feed");
        var subscriptionId = await SubscribeAsync(analyst, new
        {
            name = "Everything on the boat phone", watch = new { selectors = new[] { "phone:+9647703330001" } },
            rules = new[] { "watched-entity-seen", "cross-agency-hit", "suspected-forgery", "network-link" },
        });
        await ReportResolution.ResolvedAsync(ncaFeed, await SubmitAsync(ncaFeed, SampleReports.Phone("NCA-disclose-1", "0770 333 0001")));
        using var stream = await AlertStreamReader.OpenAsync(analyst);

        var hiddenId = await SubmitAsync(borderFeed, HiddenReport());
        var streamed = await stream.UntilAsync(e => e.Data.GetProperty("rule").GetString() == "cross-agency-hit");
        var alerts = await AlertsAsync(analyst, subscriptionId);
        var histories = new List<JsonElement>();
        foreach (var alert in alerts)
        {
            histories.Add(await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert.GetProperty("id").GetGuid()}/history"));
        }

        // Its own report is seen; the other agency's report raises a hit naming that agency and nothing else.
        Assert.Equal(["cross-agency-hit", "watched-entity-seen"], alerts.Select(a => a.GetProperty("rule").GetString()).Order());
        var hit = alerts.Single(a => a.GetProperty("rule").GetString() == "cross-agency-hit");
        Assert.Contains("iq-border", hit.GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("reportId").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("reportReceivedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("conditions").ValueKind);
        Assert.Empty(hit.GetProperty("reportIds").EnumerateArray());
        var receivedAt = (await borderFeed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{hiddenId}")).GetProperty("receivedAt").GetDateTimeOffset();
        string[] secrets = [hiddenId.ToString(), "IQB-disclose-1", "Kawa", "Dunkirk", "Source protection", "Shakhawan", "C7654321"];
        foreach (var shown in streamed.Select(e => e.Data).Concat(alerts).Concat(histories))
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, shown.GetRawText(), StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(receivedAt, Timestamps(shown));
        }
    }

    /// <summary>iq-border's report on the phone, with a person using it and a flagged passport, released to krg-security only.</summary>
    private static JsonObject HiddenReport() => new()
    {
        ["reference"] = "IQB-disclose-1",
        ["summary"] = "Informant Kawa says the boat leaves Dunkirk on Thursday.",
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "C", ["conditions"] = "Source protection: no onward disclosure" },
        ["releasableTo"] = new JsonArray("krg-security"),
        ["entities"] = new JsonArray(
            new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "+964 770 333 0001" },
            new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = "Shakhawan Rebwar", ["dateOfBirth"] = "1979-05-04" },
            new JsonObject
            {
                ["ref"] = "d1", ["type"] = "document", ["documentType"] = "passport", ["number"] = "C7654321",
                ["issuingCountry"] = "IRQ", ["suspectedForgery"] = true,
            }),
        ["links"] = new JsonArray(
            new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" },
            new JsonObject { ["from"] = "p1", ["to"] = "d1", ["type"] = "holds" }),
    };

    /// <summary>Every string in the JSON that is a point in time.</summary>
    private static IEnumerable<DateTimeOffset> Timestamps(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Timestamps(p.Value)),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Timestamps),
        JsonValueKind.String when DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => [at],
        _ => [],
    };
}
