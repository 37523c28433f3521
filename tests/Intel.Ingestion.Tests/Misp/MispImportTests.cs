using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Misp;

/// <summary>Importing MISP events: reports of the importing agency, every object, attribute and reference accounted for.</summary>
public sealed class MispImportTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    // The events with something to import; an empty one is refused (below).
    public static TheoryData<string> Events() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Misp", "Events"), "*.json")
        .Select(Path.GetFileName).OfType<string>().Where(f => f != EmptyEvent)];

    private const string EmptyEvent = "tags-tlp-white-galaxy.json";

    [Theory]
    [MemberData(nameof(Events))]
    public async Task Every_object_attribute_and_reference_of_a_real_MISP_event_is_mapped_or_not_mapped_with_a_reason(string file)
    {
        var mispEvent = Load(file);
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");

        using var answer = await feed.PostAsJsonAsync("/api/v1/imports/misp", mispEvent);

        Assert.True(answer.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var items = body.GetProperty("items").EnumerateArray().ToList();
        var objects = mispEvent["Event"]!["Object"] as JsonArray ?? [];
        var expected = (mispEvent["Event"]!["Attribute"] as JsonArray ?? []).Count
            + objects.Sum(o => 1 + (o!["Attribute"] as JsonArray ?? []).Count + (o["ObjectReference"] as JsonArray ?? []).Count);
        Assert.Equal(expected, items.Count);
        Assert.Equal(items.Count, body.GetProperty("total").GetInt32());
        Assert.Equal(items.Count, body.GetProperty("mapped").GetInt32() + body.GetProperty("notMapped").GetInt32());
        Assert.All(items, i => Assert.True(i.GetProperty("status").GetString() == "mapped"
            ? i.GetProperty("report").GetGuid() != Guid.Empty && i.GetProperty("field").GetString()!.StartsWith("entities[", StringComparison.Ordinal) || i.GetProperty("field").GetString()!.StartsWith("links[", StringComparison.Ordinal)
            : i.GetProperty("reason").GetString()!.Length > 0));
    }

    [Fact]
    public async Task A_person_with_passport_and_phone_becomes_a_person_a_passport_and_a_phone_linked_to_them()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");

        var (body, report) = await ImportAsync(feed, Load("person.json"));

        var entities = report.GetProperty("entities").EnumerateArray().ToList();
        var person = entities.Single(e => e.GetProperty("type").GetString() == "person");
        Assert.Equal("John Smith", person.GetProperty("name").GetString());
        Assert.Equal("USA", person.GetProperty("nationality").GetString());
        Assert.Equal("ABA9875413", entities.Single(e => e.GetProperty("type").GetString() == "document").GetProperty("number").GetString());
        Assert.Single(entities, e => e.GetProperty("type").GetString() == "phone");
        Assert.Equal(["holds", "uses"], report.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("type").GetString()).Order());
        Assert.Equal("uk-homeoffice", report.GetProperty("agency").GetString());
        var role = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("type").GetString() == "role");
        Assert.Equal("not-mapped", role.GetProperty("status").GetString());
        Assert.Contains("role", role.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("tlp:white", "clear")]
    [InlineData("tlp:amber+strict", "amber+strict")]
    [InlineData("TLP:RED", "red")]
    public async Task A_TLP_tag_becomes_the_reports_TLP(string tag, string tlp)
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        var mispEvent = Load("attribute-email-address.json");
        mispEvent["Event"]!["Tag"] = new JsonArray(new JsonObject { ["name"] = tag });

        var (_, report) = await ImportAsync(feed, mispEvent);

        Assert.Equal(tlp, report.GetProperty("tlp").GetString());
    }

    [Theory]
    [InlineData("0", HttpStatusCode.NotFound)]
    [InlineData("3", HttpStatusCode.OK)]
    public async Task Distribution_your_organisation_only_stays_with_the_agency_and_all_communities_goes_to_every_partner(string distribution, HttpStatusCode seenByPartner)
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        using var partner = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        var mispEvent = Load("person.json");
        mispEvent["Event"]!["distribution"] = distribution;

        var (body, report) = await ImportAsync(feed, mispEvent);

        using var read = await partner.GetAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}");
        Assert.Equal(seenByPartner, read.StatusCode);
        Assert.Equal("uk-nca", report.GetProperty("agency").GetString());
        Assert.NotEqual(0, body.GetProperty("mapped").GetInt32());
    }

    [Fact]
    public async Task An_object_the_platform_has_no_entity_for_is_not_mapped_with_its_reason()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "iq-border-feed");

        using var answer = await feed.PostAsJsonAsync("/api/v1/imports/misp", Load("object-references.json"));

        var items = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        var vulnerability = items.Single(i => i.GetProperty("kind").GetString() == "object" && i.GetProperty("type").GetString() == "vulnerability");
        Assert.Equal("not-mapped", vulnerability.GetProperty("status").GetString());
        Assert.Contains("no entity for MISP object vulnerability", vulnerability.GetProperty("reason").GetString());
        Assert.Equal("not-mapped", items.Single(i => i.GetProperty("type").GetString() == "owns").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("3", "E", "P", null)]
    [InlineData("1", "A", "C", "Not for court use")]
    public async Task An_event_tagged_uk_3x5x2_imports_with_that_grading(string source, string intelligence, string handling, string? conditions)
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "eu-partner-feed");
        var mispEvent = Load("attribute-email-address.json");
        var tags = new JsonArray(new JsonObject { ["name"] = "tlp:green" }, new JsonObject { ["name"] = $"uk-3x5x2:source-evaluation=\"{source}\"" },
            new JsonObject { ["name"] = $"uk-3x5x2:intelligence-assessment=\"{intelligence}\"" }, new JsonObject { ["name"] = $"uk-3x5x2:handling-code=\"{handling}\"" });
        if (conditions is not null)
        {
            tags.Add(new JsonObject { ["name"] = $"uk-3x5x2:handling-conditions=\"{conditions}\"" });
        }
        mispEvent["Event"]!["Tag"] = tags;
        mispEvent["Event"]!["uuid"] = Guid.NewGuid().ToString();

        var (_, report) = await ImportAsync(feed, mispEvent);

        var grading = report.GetProperty("grading");
        Assert.Equal(source, grading.GetProperty("source").GetString());
        Assert.Equal(intelligence, grading.GetProperty("intelligence").GetString());
        Assert.Equal(handling, grading.GetProperty("handling").GetString());
        Assert.Equal(conditions, grading.TryGetProperty("conditions", out var c) ? c.GetString() : null);
    }

    [Fact]
    public async Task A_body_without_an_Event_is_refused_naming_the_field()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");

        using var answer = await feed.PostAsJsonAsync("/api/v1/imports/misp", new JsonObject { ["event"] = new JsonObject() });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Event", out _));
    }

    [Fact]
    public async Task An_event_without_attributes_or_objects_is_refused_saying_nothing_was_imported_and_why()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        // A real event of misp-stix's tests: a TLP tag and an ATT&CK galaxy, no attribute and no object.
        var mispEvent = Load(EmptyEvent);

        using var answer = await feed.PostAsJsonAsync("/api/v1/imports/misp", mispEvent);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var reason = Assert.Single((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Event").EnumerateArray()).GetString();
        Assert.Contains("no attributes and no objects", reason, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", reason, StringComparison.Ordinal);
        using var empty = await feed.PostAsJsonAsync("/api/v1/imports/misp", new JsonObject { ["Event"] = new JsonObject { ["uuid"] = Guid.NewGuid().ToString(), ["Attribute"] = new JsonArray() } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private static async Task<(JsonElement Body, JsonElement Report)> ImportAsync(HttpClient feed, JsonObject mispEvent)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/imports/misp", mispEvent);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.IsSuccessStatusCode, body.GetRawText());
        var id = body.GetProperty("reports")[0].GetProperty("id").GetGuid();
        return (body, await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}"));
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Misp", "Events", file)))!.AsObject();
}
