using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intel.Standardisation;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>Posting STIX to an agency's inbound collection: one report of the agency, every object accounted for.</summary>
public sealed partial class TaxiiImportTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task An_envelope_becomes_a_report_of_the_agency_and_an_object_it_cannot_map_is_a_failure_with_its_reason()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "uk-nca-feed");
        var (status, report) = await PostAsync(taxii, "uk-nca-feed", Envelope("NCA-taxii-import-1", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"));

        var again = await taxii.GetFromJsonAsync<JsonElement>($"/taxii2/intel/status/{status.GetProperty("id").GetString()}/");
        Assert.Equal(6, status.GetProperty("total_count").GetInt32());
        Assert.Equal(5, status.GetProperty("success_count").GetInt32());
        var failure = Assert.Single(status.GetProperty("failures").EnumerateArray());
        Assert.Equal("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b", failure.GetProperty("id").GetString());
        Assert.Contains("malware", failure.GetProperty("message").GetString());
        Assert.Equal(status.GetRawText(), again.GetRawText());
        Assert.Equal(0, status.GetProperty("pending_count").GetInt32());
        Assert.Matches("^Report .*, entities\\[0\\], entity [0-9a-f-]{36}\\.$", status.GetProperty("successes").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == "phone-number--1a1b1c1d-0000-5000-8000-000000000001").GetProperty("message").GetString());
        Assert.Equal("amber", report.GetProperty("tlp").GetString());
        Assert.Equal("uk-nca", report.GetProperty("agency").GetString());
        Assert.Equal("+447700900555", report.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "phone").GetProperty("number").GetString());
        Assert.Equal("uses", report.GetProperty("links")[0].GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("marking-definition--826578e1-40ad-459f-bc73-ede076f81f37", "amber+strict")]
    [InlineData("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "green")]
    [InlineData("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "clear")]
    public async Task TLP_1_ids_and_OpenCTIs_AMBER_STRICT_are_read_as_their_TLP_2_equivalents(string marking, string tlp)
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "krg-security-feed");

        var (_, report) = await PostAsync(taxii, "krg-security-feed", Envelope($"KRG-taxii-tlp-{tlp}", marking));

        Assert.Equal(tlp, report.GetProperty("tlp").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_TAXII_is_refused_with_415_and_the_read_collection_takes_no_posts()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "uk-nca-feed");
        var collections = await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/collections/");
        var read = collections.GetProperty("collections")[0].GetProperty("id").GetString();
        var inbound = collections.GetProperty("collections")[1].GetProperty("id").GetString();

        using var json = await taxii.PostAsync($"/taxii2/intel/collections/{inbound}/objects/", new StringContent("{\"objects\":[]}", Encoding.UTF8, "application/json"));
        using var toRead = await taxii.PostAsync($"/taxii2/intel/collections/{read}/objects/", Taxii(Envelope("NCA-taxii-read", "x")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, toRead.StatusCode);
        Assert.Equal(TaxiiClient.MediaType, toRead.Content.Headers.ContentType!.ToString().Replace(" ", ""));
    }

    [Fact]
    public async Task A_report_exported_as_STIX_imports_back_with_its_grading_releasability_and_the_types_STIX_lacks()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        var submitted = SampleReports.ApiExample("HO-stix-roundtrip", "krg-security");
        submitted["grading"] = new JsonObject { ["source"] = "1", ["intelligence"] = "A", ["handling"] = "C", ["conditions"] = "Ask the originator first" };
        submitted["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "v1", ["type"] = "vessel", ["hullId"] = "FR-DKQ-5678", ["name"] = "Sea Wind" });
        submitted["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "a1", ["type"] = "account", ["kind"] = "hawala", ["provider"] = "Al-Amana exchange", ["number"] = "HW-7782" });
        submitted["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "b1", ["type"] = "account", ["kind"] = "bank", ["iban"] = "GB82 WEST 1234 5698 7654 32", ["provider"] = "Westminster Bank" });
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", submitted);
        answer.EnsureSuccessStatusCode();
        var id = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var bundle = await feed.GetFromJsonAsync<JsonObject>($"/api/v1/reports/{id}/stix");
        // The same objects under another name, so the intake takes them as a new report of the agency.
        var objects = bundle!["objects"]!.AsArray();
        objects.Single(o => (string?)o!["type"] == "report")!["name"] = "HO-stix-roundtrip-back";
        using var taxii = await TaxiiClient.ForAsync(Gateway, "uk-homeoffice-feed");

        var (status, report) = await PostAsync(taxii, "uk-homeoffice-feed", new JsonObject { ["objects"] = objects.DeepClone() });

        Assert.Equal(0, status.GetProperty("failure_count").GetInt32());
        var grading = report.GetProperty("grading");
        Assert.Equal(("1", "A", "C", "Ask the originator first"), (grading.GetProperty("source").GetString(), grading.GetProperty("intelligence").GetString(),
            grading.GetProperty("handling").GetString(), grading.GetProperty("conditions").GetString()));
        Assert.Equal(["krg-security"], report.GetProperty("releasableTo").EnumerateArray().Select(a => a.GetString()));
        var entities = report.GetProperty("entities").EnumerateArray().ToList();
        // STIX carries identifiers in their canonical form, the one its ids are derived from.
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "vessel" && e.GetProperty("hullId").GetString() == Hulls.Canonical("FR-DKQ-5678"));
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "engine" && e.GetProperty("serial").GetString()!.Contains("1012345", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "document" && e.TryGetProperty("mrz", out var mrz) && mrz.GetString()!.Length > 0);
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "account" && e.GetProperty("kind").GetString() == "hawala"
            && e.GetProperty("provider").GetString() == "Al-Amana exchange");
        Assert.Contains(entities, e => e.GetProperty("type").GetString() == "account" && e.GetProperty("kind").GetString() == "bank"
            && e.GetProperty("provider").GetString() == "Westminster Bank");
        // The exporting agency's identity is the objects' author and the airport the report's own place: neither becomes an entity.
        Assert.Equal(["account", "account", "document", "engine", "person", "phone", "social", "vessel"], entities.Select(e => e.GetProperty("type").GetString()).Order());
        Assert.Equal("Erbil International Airport", report.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal(36.2376, report.GetProperty("location").GetProperty("lat").GetDouble());
    }

    private async Task<(JsonElement Status, JsonElement Report)> PostAsync(HttpClient taxii, string clientId, JsonObject envelope)
    {
        var inbound = (await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/collections/")).GetProperty("collections")[1].GetProperty("id").GetString();
        using var answer = await taxii.PostAsync($"/taxii2/intel/collections/{inbound}/objects/", Taxii(envelope));
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var status = await TaxiiClient.CompleteAsync(taxii, await answer.Content.ReadFromJsonAsync<JsonElement>(), TimeSpan.FromSeconds(30));
        var reportId = ReportId().Match(status.GetProperty("successes")[0].GetProperty("message").GetString()!).Value;
        using var reader = await PartnerClient.ForAsync(Gateway, clientId);
        return (status, await reader.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}"));
    }

    private static StringContent Taxii(JsonObject envelope) => new(envelope.ToJsonString(), Encoding.UTF8, "application/taxii+json");

    private static JsonObject Envelope(string name, string marking)
    {
        var markings = new JsonArray(marking);
        return new JsonObject
        {
            ["objects"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "report", ["spec_version"] = "2.1", ["id"] = "report--0a6b1a5e-3a3c-4f4e-9a2b-7f1c2d3e4f50",
                    ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z", ["name"] = name,
                    ["published"] = "2025-03-01T10:00:00.000Z", ["object_refs"] = new JsonArray("phone-number--8d8be6ac-5487-5932-8c2e-47ec0c944450"),
                    ["object_marking_refs"] = markings.DeepClone(),
                },
                new JsonObject { ["type"] = "phone-number", ["spec_version"] = "2.1", ["id"] = "phone-number--1a1b1c1d-0000-5000-8000-000000000001", ["value"] = "+447700900555", ["object_marking_refs"] = markings.DeepClone() },
                new JsonObject
                {
                    ["type"] = "identity", ["spec_version"] = "2.1", ["id"] = "identity--1a1b1c1d-0000-5000-8000-000000000002",
                    ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z", ["name"] = "Karwan Aziz", ["identity_class"] = "individual",
                },
                new JsonObject
                {
                    ["type"] = "relationship", ["spec_version"] = "2.1", ["id"] = "relationship--1a1b1c1d-0000-5000-8000-000000000003",
                    ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z", ["relationship_type"] = "uses",
                    ["source_ref"] = "identity--1a1b1c1d-0000-5000-8000-000000000002", ["target_ref"] = "phone-number--1a1b1c1d-0000-5000-8000-000000000001",
                },
                new JsonObject { ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = marking, ["created"] = "2017-01-20T00:00:00.000Z" },
                new JsonObject
                {
                    ["type"] = "malware", ["spec_version"] = "2.1", ["id"] = "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
                    ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z", ["name"] = "dropper", ["is_family"] = false,
                }),
        };
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex ReportId();
}
