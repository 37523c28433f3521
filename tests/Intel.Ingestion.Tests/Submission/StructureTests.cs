using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Shape of the body: root type, JSON types, and collecting every error at once.</summary>
public sealed class StructureTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("\"report\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Root_that_is_not_an_object_is_an_error_at_dollar(string json) =>
        ErrorAssert.Single(Parse(json), "$", "Must be an object.");

    [Theory]
    [InlineData("reference", "123", "Must be a string.")]
    [InlineData("summary", "true", "Must be a string.")]
    [InlineData("grading", "\"2B P\"", "Must be an object.")]
    [InlineData("releasableTo", "\"krg-security\"", "Must be an array.")]
    [InlineData("entities", "{}", "Must be an array.")]
    [InlineData("links", "{}", "Must be an array.")]
    [InlineData("location", "[36.2, 43.9]", "Must be an object.")]
    public void Wrong_json_type_at_root_is_an_error(string field, string valueJson, string message) =>
        ErrorAssert.Single(ParseMinimalWith(body => body[field] = JsonNode.Parse(valueJson)), field, message);

    [Theory]
    [InlineData("suspectedForgery", "\"false\"", "Must be true or false.")]
    [InlineData("number", "12345678", "Must be a string.")]
    [InlineData("mrz", "[\"P<IRQ\"]", "Must be a string.")]
    public void Wrong_json_type_in_an_entity_is_an_error(string field, string valueJson, string message) =>
        ErrorAssert.Single(
            ParseExampleWith(body => body.Entity(2)[field] = JsonNode.Parse(valueJson)), "entities[2]." + field, message);

    [Fact]
    public void Number_sent_as_a_string_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Object("location")["lat"] = "36.2"), "location.lat", "Must be a number.");

    [Fact]
    public void Entity_that_is_not_an_object_is_an_error() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["entities"]!.AsArray().Add("p2")), "entities[1]", "Must be an object.");

    [Fact]
    public void Lone_surrogate_escape_is_an_error_not_an_exception() =>
        ErrorAssert.Single(
            Parse("""
                { "reference": "R-\uD800",
                  "grading": { "source": "2", "intelligence": "B", "handling": "P" },
                  "entities": [ { "ref": "p1", "type": "person", "name": "A" } ] }
                """),
            "reference",
            "Must be valid Unicode text.");

    [Fact]
    public void Every_error_in_a_body_is_listed()
    {
        var result = Parse("""
            {
              "observedAt": "yesterday",
              "grading": { "source": "4", "intelligence": "B", "handling": "C" },
              "tlp": "RED",
              "releasableTo": ["*", "nobody"],
              "location": { "lat": 91 },
              "entities": [
                { "ref": "p1", "type": "person", "name": "A\u0000B", "dateOfBirth": "2099" },
                { "ref": "p1", "type": "phone", "number": "12", "handle": "x" },
                { "type": "email" }
              ],
              "links": [ { "from": "p1", "to": "zz", "type": "uses" } ],
              "extra": 1
            }
            """);

        ErrorAssert.Exactly(
            result,
            "reference",
            "observedAt",
            "grading.source",
            "grading.conditions",
            "tlp",
            "releasableTo",
            "releasableTo[1]",
            "location.lat",
            "location.lon",
            "entities[0].name",
            "entities[0].dateOfBirth",
            "entities[1].ref",
            "entities[1].number",
            "entities[1].handle",
            "entities[2].ref",
            "entities[2]",
            "links[0].to",
            "extra");
    }
}
