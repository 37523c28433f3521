using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>grading: UK 3x5x2.</summary>
public sealed class GradingTests
{
    [Fact]
    public void Grading_is_required() =>
        ErrorAssert.Single(ParseMinimalWith(body => body.Remove("grading")), "grading", "Required.");

    [Theory]
    [InlineData("source")]
    [InlineData("intelligence")]
    [InlineData("handling")]
    public void Each_grading_code_is_required(string field) =>
        ErrorAssert.Single(ParseMinimalWith(body => body.Object("grading").Remove(field)), "grading." + field, "Required.");

    [Theory]
    [InlineData("1", "A", "P")]
    [InlineData("3", "E", "P")]
    [InlineData("2", "C", "P")]
    public void Valid_codes_are_accepted(string source, string intelligence, string handling) =>
        Assert.Equal(
            new(source, intelligence, handling, null),
            ErrorAssert.Valid(ParseMinimalWith(body => body["grading"] = Grading(source, intelligence, handling))).Grading);

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("B")]
    [InlineData("12")]
    public void Source_outside_1_to_3_is_an_error(string source) =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["grading"] = Grading(source, "B", "P")), "grading.source", "Must be one of: 1, 2, 3.");

    [Fact]
    public void Source_sent_as_a_number_is_an_error() =>
        ErrorAssert.Single(ParseMinimalWith(body => body.Object("grading")["source"] = 2), "grading.source", "Must be a string.");

    [Theory]
    [InlineData("F")]
    [InlineData("b")]
    [InlineData("1")]
    public void Intelligence_outside_A_to_E_is_an_error(string intelligence) =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["grading"] = Grading("2", intelligence, "P")),
            "grading.intelligence",
            "Must be one of: A, B, C, D, E.");

    [Theory]
    [InlineData("X")]
    [InlineData("p")]
    public void Handling_other_than_P_or_C_is_an_error(string handling) =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["grading"] = Grading("2", "B", handling)), "grading.handling", "Must be one of: P, C.");

    [Fact]
    public void Conditions_are_required_with_handling_C() =>
        ErrorAssert.Single(
            ParseExampleWith(body => body.Object("grading").Remove("conditions")),
            "grading.conditions",
            "Required when handling is C.");

    [Fact]
    public void Blank_conditions_with_handling_C_are_required() =>
        ErrorAssert.Single(
            ParseExampleWith(body => body.Object("grading")["conditions"] = "  "), "grading.conditions", "Required when handling is C.");

    [Fact]
    public void Conditions_with_handling_P_are_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body.Object("grading")["conditions"] = "Not for court use"),
            "grading.conditions",
            "Only allowed when handling is C.");

    [Fact]
    public void Conditions_of_1000_characters_are_accepted() =>
        Assert.Equal(
            1000,
            ErrorAssert.Valid(ParseExampleWith(body => body.Object("grading")["conditions"] = new string('c', 1000))).Grading.Conditions!.Length);

    [Fact]
    public void Conditions_over_1000_characters_are_an_error() =>
        ErrorAssert.Single(
            ParseExampleWith(body => body.Object("grading")["conditions"] = new string('c', 1001)),
            "grading.conditions",
            "Must be at most 1000 characters.");

    private static JsonObject Grading(string source, string intelligence, string handling) =>
        new() { ["source"] = source, ["intelligence"] = intelligence, ["handling"] = handling };
}
