using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>links between the report's own entities.</summary>
public sealed class LinkTests
{
    [Theory]
    [InlineData("from")]
    [InlineData("to")]
    [InlineData("type")]
    public void Each_link_field_is_required(string field) =>
        ErrorAssert.Single(ParseExampleWith(body => Link(body, 0).Remove(field)), "links[0]." + field, "Required.");

    [Fact]
    public void From_that_is_no_ref_of_the_report_is_an_error() =>
        ErrorAssert.Single(
            ParseExampleWith(body => Link(body, 1)["from"] = "p9"), "links[1].from", "Unknown ref: no entity of this report has it.");

    [Fact]
    public void To_that_is_no_ref_of_the_report_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => Link(body, 0)["to"] = "PH1"), "links[0].to");

    [Fact]
    public void Link_to_itself_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => Link(body, 0)["to"] = "p1"), "links[0].to", "Must not be the same as from.");

    [Fact]
    public void Link_type_over_50_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseExampleWith(body => Link(body, 0)["type"] = new string('t', 51)), "links[0].type", "Must be at most 50 characters.");

    [Fact]
    public void Link_type_is_free_text() =>
        Assert.Equal(
            "travelled-with (2024, Calais)",
            ErrorAssert.Valid(ParseExampleWith(body => Link(body, 0)["type"] = "travelled-with (2024, Calais)")).Links[0].Type);

    [Fact]
    public void Link_that_is_not_an_object_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => body["links"]!.AsArray().Add("p1->d1")), "links[2]", "Must be an object.");

    [Fact]
    public void Links_to_an_entity_with_an_invalid_ref_are_not_reported_again()
    {
        var longRef = new string('x', 51);
        ErrorAssert.Single(
            ParseExampleWith(body =>
            {
                body.Entity(1)["ref"] = longRef;
                Link(body, 0)["to"] = longRef;
            }),
            "entities[1].ref",
            "Must be at most 50 characters.");
    }

    [Fact]
    public void Links_are_not_checked_against_refs_when_entities_is_unusable() =>
        ErrorAssert.Single(ParseExampleWith(body => body["entities"] = "none"), "entities", "Must be an array.");

    [Fact]
    public void Up_to_5000_links_are_accepted() =>
        Assert.Equal(5000, ErrorAssert.Valid(ParseExampleWith(body => body["links"] = Links(5000))).Links.Count);

    [Fact]
    public void More_than_5000_links_is_an_error_on_links() =>
        ErrorAssert.Single(ParseExampleWith(body => body["links"] = Links(5001)), "links", "Must have at most 5000 items.");

    private static JsonObject Link(JsonObject body, int index) => body["links"]![index]!.AsObject();

    private static JsonArray Links(int count) =>
        new([.. Enumerable.Range(0, count).Select(_ => (JsonNode?)new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" })]);
}
