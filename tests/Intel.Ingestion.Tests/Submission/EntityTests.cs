using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>The entities array, refs, types and the identifying fields each type needs.</summary>
public sealed class EntityTests
{
    [Fact]
    public void Entities_are_required() =>
        ErrorAssert.Single(ParseMinimalWith(body => body.Remove("entities")), "entities", "Required.");

    [Fact]
    public void Empty_entities_is_an_error() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["entities"] = new JsonArray()), "entities", "Must have at least 1 item.");

    [Fact]
    public void Up_to_1000_entities_are_accepted() =>
        Assert.Equal(1000, ErrorAssert.Valid(ParseMinimalWith(body => body["entities"] = People(1000))).Entities.Count);

    [Fact]
    public void More_than_1000_entities_is_an_error_on_entities() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["entities"] = People(1001)), "entities", "Must have at most 1000 items.");

    [Fact]
    public void Ref_is_required() =>
        ErrorAssert.Single(ParseEntity("""{ "type": "person", "name": "A" }"""), "entities[0].ref", "Required.");

    [Fact]
    public void Ref_over_50_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "{{new string('r', 51)}}", "type": "person", "name": "A" }"""),
            "entities[0].ref",
            "Must be at most 50 characters.");

    [Fact]
    public void Duplicate_ref_is_an_error_at_the_repeat() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Entity(4)["ref"] = "ph1"), "entities[4].ref", "Duplicate ref.");

    [Fact]
    public void Refs_differing_only_in_case_are_distinct() =>
        Assert.Equal(5, ErrorAssert.Valid(ParseExampleWith(body => body.Entity(4)["ref"] = "PH1")).Entities.Count);

    [Fact]
    public void Type_is_required() =>
        ErrorAssert.Single(ParseEntity("""{ "ref": "p1", "name": "A" }"""), "entities[0].type", "Required.");

    [Fact]
    public void Unknown_type_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "p1", "type": "boat", "name": "A" }"""),
            "entities[0].type",
            "Must be one of: person, phone, email, document, social, vessel, engine, account, vehicle, organisation, location.");

    [Theory]
    [InlineData("person", "At least one of name, aliases is required.")]
    [InlineData("phone", "number is required.")]
    [InlineData("email", "address is required.")]
    [InlineData("document", "At least one of number, mrz is required.")]
    [InlineData("social", "At least one of handle, url is required.")]
    [InlineData("vessel", "At least one of hullId, name is required.")]
    [InlineData("engine", "serial is required.")]
    [InlineData("account", "At least one of iban, number is required.")]
    [InlineData("vehicle", "At least one of plate, vin is required.")]
    [InlineData("organisation", "name is required.")]
    [InlineData("location", "At least one of name, lat+lon is required.")]
    public void Entity_without_an_identifying_field_is_an_error(string type, string message) =>
        ErrorAssert.Single(ParseEntity($$"""{ "ref": "x1", "type": "{{type}}" }"""), "entities[0]", message);

    [Theory]
    [InlineData("""{ "ref": "x", "type": "person", "aliases": ["Abu Karwan"] }""")]
    [InlineData("""{ "ref": "x", "type": "document", "mrz": "P<IRQAL<BARZANI" }""")]
    [InlineData("""{ "ref": "x", "type": "social", "url": "https://facebook.com/karwan" }""")]
    [InlineData("""{ "ref": "x", "type": "vessel", "hullId": "FR-DK-123" }""")]
    [InlineData("""{ "ref": "x", "type": "account", "number": "0012-445" }""")]
    [InlineData("""{ "ref": "x", "type": "vehicle", "vin": "WDB1234561A123456" }""")]
    [InlineData("""{ "ref": "x", "type": "location", "lat": 51.05, "lon": 2.37 }""")]
    public void Any_one_identifying_field_is_enough(string entity) => ErrorAssert.Valid(ParseEntity(entity));

    [Theory]
    [InlineData("""{ "ref": "x", "type": "person", "gender": "male", "nationality": "IRQ" }""")]
    [InlineData("""{ "ref": "x", "type": "person", "name": "  ", "aliases": [] }""")]
    [InlineData("""{ "ref": "x", "type": "engine", "make": "Yamaha", "model": "40HP" }""")]
    [InlineData("""{ "ref": "x", "type": "document", "documentType": "passport", "issuingCountry": "IRQ" }""")]
    public void Descriptive_fields_alone_do_not_identify(string entity) =>
        ErrorAssert.Single(ParseEntity(entity), "entities[0]");

    [Fact]
    public void Location_entity_with_lat_only_needs_lon()
    {
        var result = ParseEntity("""{ "ref": "x", "type": "location", "lat": 51.05 }""");
        ErrorAssert.Exactly(result, "entities[0]", "entities[0].lon");
        Assert.Equal(["Required when lat is given."], result.Errors["entities[0].lon"]);
    }

    [Fact]
    public void Malformed_identifying_field_is_not_also_reported_as_missing() =>
        ErrorAssert.Single(ParseEntity("""{ "ref": "x", "type": "phone", "number": "call me" }"""), "entities[0].number");

    private static JsonArray People(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject { ["ref"] = "p" + i, ["type"] = "person", ["name"] = "N" })]);
}
