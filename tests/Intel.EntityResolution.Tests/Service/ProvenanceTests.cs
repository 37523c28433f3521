using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>
/// Each value and mention of an entity says where it came from (report, agency, grading, when received), and only for
/// reports the caller may see: another agency's withheld report lends the entity nothing of its provenance.
/// </summary>
[Collection(VariationCollection.Name)]
public sealed class ProvenanceTests(VariationFixture fixture)
{
    private static JsonObject PhoneReport(string reference, string number, JsonObject grading, params string[] releasableTo) => new()
    {
        ["reference"] = reference,
        ["grading"] = grading,
        ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
        ["entities"] = new JsonArray(new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = number, ["country"] = "IQ" }),
    };

    [Fact]
    public async Task A_visible_value_states_its_report_agency_grading_and_time_and_a_withheld_one_states_nothing()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var border = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        var shared = await SubmitAsync(nca, PhoneReport("provenance-nca", "+9647504440101",
            new JsonObject { ["source"] = "3", ["intelligence"] = "D", ["handling"] = "C", ["conditions"] = "Not for court use" }, "krg-security"));
        // The same phone as iq-border writes it, kept to itself.
        var withheld = await SubmitAsync(border, PhoneReport("provenance-border-secret", "0750 444 0101",
            new JsonObject { ["source"] = "1", ["intelligence"] = "A", ["handling"] = "C", ["conditions"] = "border-only-condition" }));
        var phone = (await ResolvedAsync(nca, shared))["ph1"];
        Assert.Equal(phone, (await ResolvedAsync(border, withheld))["ph1"]);
        var received = (await GetAsync(nca, $"/api/v1/reports/{shared}")).GetProperty("receivedAt").GetDateTimeOffset();

        var entity = await GetAsync(analyst, $"/api/v1/entities/{phone}");

        var value = Assert.Single(entity.GetProperty("attributes").GetProperty("number").EnumerateArray());
        Assert.Equal("+9647504440101", value.GetProperty("value").GetString());
        var source = Assert.Single(value.GetProperty("sources").EnumerateArray());
        var mention = Assert.Single(entity.GetProperty("mentions").EnumerateArray());
        foreach (var provenance in new[] { source, mention })
        {
            Assert.Equal(shared, provenance.GetProperty("reportId").GetGuid());
            Assert.Equal("provenance-nca", provenance.GetProperty("reference").GetString());
            Assert.Equal("uk-nca", provenance.GetProperty("agency").GetString());
            Assert.Equal(received, provenance.GetProperty("receivedAt").GetDateTimeOffset());
            var grading = provenance.GetProperty("grading");
            Assert.Equal(("3", "D", "C", "Not for court use"), (grading.GetProperty("source").GetString(), grading.GetProperty("intelligence").GetString(),
                grading.GetProperty("handling").GetString(), grading.GetProperty("conditions").GetString()));
        }
        Assert.Equal(["iq-border"], entity.GetProperty("otherAgencies").EnumerateArray().Select(a => a.GetString()));
        var json = entity.GetRawText();
        foreach (var secret in new[] { withheld.ToString(), "provenance-border-secret", "border-only-condition", "\"source\":\"1\"", "\"intelligence\":\"A\"", "0750 444 0101" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
        // Every value's sources (number and country) and the mention are the shared report's: no other grading or time is in the answer.
        var sources = entity.GetProperty("attributes").EnumerateObject().SelectMany(a => a.Value.EnumerateArray())
            .SelectMany(v => v.GetProperty("sources").EnumerateArray()).Append(mention).ToList();
        Assert.All(sources, s => Assert.Equal(shared, s.GetProperty("reportId").GetGuid()));
        Assert.Equal(sources.Count, json.Split("\"receivedAt\"").Length - 1);
        Assert.Equal(sources.Count, json.Split("\"grading\"").Length - 1);
    }
}
