using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Unknown and duplicate fields, at the root and in every nested object.</summary>
public sealed class UnknownFieldTests
{
    [Fact]
    public void Unknown_field_at_root_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => body["priority"] = "high"), "priority", "Unknown field.");

    [Fact]
    public void Field_names_are_case_sensitive() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["Summary"] = "x"), "Summary", "Unknown field.");

    [Fact]
    public void Server_assigned_fields_are_unknown_in_a_submission() =>
        ErrorAssert.Exactly(
            ParseMinimalWith(body =>
            {
                body["id"] = "0b0e7c8e-3f3b-4a53-9a0a-2b1f3c4d5e6f";
                body["status"] = "accepted";
            }),
            "id",
            "status");

    [Fact]
    public void Unknown_field_in_grading_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Object("grading")["urgency"] = "1"), "grading.urgency", "Unknown field.");

    [Fact]
    public void Unknown_field_in_location_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Object("location")["alt"] = 400), "location.alt", "Unknown field.");

    [Fact]
    public void Unknown_field_in_an_entity_is_an_error() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Entity(3)["colour"] = "red"), "entities[3].colour", "Unknown field.");

    [Fact]
    public void Field_of_another_entity_type_is_an_unknown_field() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Entity(1)["handle"] = "karwan"), "entities[1].handle", "Unknown field.");

    [Fact]
    public void Unknown_field_in_a_link_is_an_error() =>
        ErrorAssert.Single(
            ParseExampleWith(body => body["links"]![1]!.AsObject()["weight"] = 2), "links[1].weight", "Unknown field.");

    [Fact]
    public void Entity_without_a_valid_type_still_reports_fields_no_type_has() =>
        ErrorAssert.Exactly(
            ParseEntity("""{ "ref": "x1", "type": "spaceship", "name": "A", "warpFactor": 9 }"""),
            "entities[0].type",
            "entities[0].warpFactor");

    [Fact]
    public void Duplicate_field_at_root_is_an_error() =>
        ErrorAssert.Single(
            Parse("""
                { "reference": "R-1", "reference": "R-2",
                  "grading": { "source": "2", "intelligence": "B", "handling": "P" },
                  "entities": [ { "ref": "p1", "type": "person", "name": "A" } ] }
                """),
            "reference",
            "Duplicate field.");

    [Fact]
    public void Duplicate_field_in_an_entity_is_an_error() =>
        ErrorAssert.Single(
            Parse("""
                { "reference": "R-1",
                  "grading": { "source": "2", "intelligence": "B", "handling": "P" },
                  "entities": [ { "ref": "p1", "type": "person", "name": "A", "name": "B" } ] }
                """),
            "entities[0].name",
            "Duplicate field.");

    [Fact]
    public void Duplicate_field_in_grading_is_an_error() =>
        ErrorAssert.Single(
            Parse("""
                { "reference": "R-1",
                  "grading": { "source": "2", "intelligence": "B", "handling": "P", "handling": "C" },
                  "entities": [ { "ref": "p1", "type": "person", "name": "A" } ] }
                """),
            "grading.handling",
            "Duplicate field.");
}
