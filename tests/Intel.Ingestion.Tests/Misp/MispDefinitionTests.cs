using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Misp;

/// <summary>The uk-3x5x2 taxonomy and our object templates, served beside the feed in the shapes MISP loads, and used by it.</summary>
public sealed class MispDefinitionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task The_uk_3x5x2_taxonomy_is_a_machinetag_with_every_grading_value()
    {
        using var anonymous = new HttpClient { BaseAddress = Gateway };

        var taxonomy = await anonymous.GetFromJsonAsync<JsonElement>("/misp/taxonomies/uk-3x5x2/machinetag.json");

        Assert.Equal("uk-3x5x2", taxonomy.GetProperty("namespace").GetString());
        Assert.NotEmpty(taxonomy.GetProperty("description").GetString()!);
        Assert.Equal(JsonValueKind.Number, taxonomy.GetProperty("version").ValueKind);
        Assert.Equal(["handling-code", "handling-conditions", "intelligence-assessment", "source-evaluation"],
            taxonomy.GetProperty("predicates").EnumerateArray().Select(p => p.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        var values = taxonomy.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("predicate").GetString()!,
            v => v.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("value").GetString()).ToList());
        Assert.Equal(["1", "2", "3"], values["source-evaluation"]);
        Assert.Equal(["A", "B", "C", "D", "E"], values["intelligence-assessment"]);
        Assert.Equal(["P", "C"], values["handling-code"]);
    }

    [Theory]
    [InlineData("identity-document", "mrz")]
    [InlineData("vessel", "hull-id")]
    [InlineData("outboard-engine", "serial-number")]
    public async Task Our_object_templates_are_definitions_MISP_loads(string name, string relation)
    {
        using var anonymous = new HttpClient { BaseAddress = Gateway };

        var template = await anonymous.GetFromJsonAsync<JsonElement>($"/misp/objects/{name}/definition.json");

        Assert.Equal(name, template.GetProperty("name").GetString());
        Assert.NotEmpty(template.GetProperty("meta-category").GetString()!);
        Assert.NotEmpty(template.GetProperty("description").GetString()!);
        Assert.Equal(JsonValueKind.Number, template.GetProperty("version").ValueKind);
        Assert.True(Guid.TryParse(template.GetProperty("uuid").GetString(), out _));
        var attributes = template.GetProperty("attributes");
        Assert.True(attributes.TryGetProperty(relation, out _));
        Assert.All(attributes.EnumerateObject(), a =>
        {
            Assert.NotEmpty(a.Value.GetProperty("misp-attribute").GetString()!);
            Assert.Equal(JsonValueKind.Number, a.Value.GetProperty("ui-priority").ValueKind);
        });
        Assert.All(template.GetProperty("requiredOneOf").EnumerateArray(), r => Assert.True(attributes.TryGetProperty(r.GetString()!, out _)));
    }

    [Fact]
    public async Task Feed_objects_of_our_templates_name_the_template_served()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.ApiExample("MISP-templates"));
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var anonymous = new HttpClient { BaseAddress = Gateway };

        var objects = (await feed.GetFromJsonAsync<JsonElement>($"/misp/feed/{id}.json")).GetProperty("Event").GetProperty("Object").EnumerateArray().ToList();

        var ours = objects.Where(o => o.GetProperty("name").GetString() is "identity-document" or "outboard-engine").ToList();
        Assert.Equal(2, ours.Count);
        foreach (var o in ours)
        {
            var template = await anonymous.GetFromJsonAsync<JsonElement>($"/misp/objects/{o.GetProperty("name").GetString()}/definition.json");
            Assert.Equal(template.GetProperty("uuid").GetString(), o.GetProperty("template_uuid").GetString());
            Assert.All(FeedReads.Values(o), v => Assert.True(template.GetProperty("attributes").TryGetProperty(v.Relation, out _), v.Relation));
        }
    }
}
