using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Text that is not text, and bodies built to make the answer huge.</summary>
public sealed class HostileTextTests
{
    [Fact]
    public void Bytes_that_are_not_UTF8_inside_a_name_are_one_error_at_the_name()
    {
        var body = Encoding.UTF8.GetBytes(Minimal);
        body[body.AsSpan().IndexOf("Person"u8)] = 0xFF;
        using var document = JsonDocument.Parse(body);

        // The name was given, only broken: no second error saying an identifying field is missing.
        ErrorAssert.Single(ReportSubmissionParser.Parse(document.RootElement, Rules), "entities[0].name", "Must be valid Unicode text.");
    }

    [Fact]
    public void Lone_surrogate_as_the_only_name_is_one_error_at_the_name() =>
        ErrorAssert.Single(
            Parse(Minimal.Replace("A Person", "\\uD800", StringComparison.Ordinal)), "entities[0].name", "Must be valid Unicode text.");

    [Theory]
    [InlineData("\\uFFFE")]
    [InlineData("\\uFFFF")]
    [InlineData("\\uFDD0")]
    [InlineData("\\uDBFF\\uDFFF")]
    public void Noncharacters_are_an_error(string escaped) =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "p", "type": "person", "name": "Karwan {{escaped}}" }"""),
            "entities[0].name",
            "Must not contain Unicode noncharacters such as U+FFFF.");

    [Fact]
    public void Invisible_and_right_to_left_characters_are_kept_as_sent()
    {
        const string name = "Moha\u200Bmmed \u202EinazraB\u202C";
        var entity = ErrorAssert.Valid(ParseEntity(new JsonObject { ["ref"] = "p", ["type"] = "person", ["name"] = name }.ToJsonString())).Entities[0];

        Assert.Equal(name, entity.Name);
    }

    [Fact]
    public void Errors_are_listed_for_at_most_100_fields_and_say_there_are_more()
    {
        var result = ParseMinimalWith(body => body.Entity(0)["aliases"] = new JsonArray([.. Enumerable.Range(0, 300).Select(i => (JsonNode)i)]));

        Assert.Equal(ErrorCollector.MaxFields + 1, result.Errors.Count);
        Assert.Contains("Must have at most 50 items.", result.Errors["entities[0].aliases"]);
        Assert.Equal(["More fields have errors than the 100 listed."], result.Errors["$"]);
    }

    [Fact]
    public void More_than_100_recipients_is_an_error() =>
        Assert.Contains(
            "Must have at most 100 items.",
            ParseMinimalWith(body => body["releasableTo"] = new JsonArray([.. Enumerable.Range(0, 101).Select(_ => (JsonNode)"krg-security")])).Errors["releasableTo"]);
}
