using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>tlp and releasableTo.</summary>
public sealed class ReleaseTests
{
    [Theory]
    [InlineData("clear")]
    [InlineData("green")]
    [InlineData("amber")]
    [InlineData("amber+strict")]
    public void Tlp_values_are_accepted(string tlp) =>
        Assert.Equal(tlp, ErrorAssert.Valid(ParseMinimalWith(body => body["tlp"] = tlp)).Tlp);

    [Theory]
    [InlineData("white")]
    [InlineData("AMBER")]
    [InlineData("Red")]
    [InlineData("amber strict")]
    public void Tlp_outside_the_list_or_not_lower_case_is_an_error(string tlp) =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["tlp"] = tlp), "tlp", "Must be one of: clear, green, amber, amber+strict, red.");

    [Fact]
    public void Known_agencies_are_accepted() =>
        Assert.Equal(
            ["uk-homeoffice", "eu-partner"],
            ErrorAssert.Valid(ParseMinimalWith(body => body["releasableTo"] = Array("uk-homeoffice", "eu-partner"))).ReleasableTo);

    [Fact]
    public void Star_alone_is_accepted() =>
        Assert.Equal(["*"], ErrorAssert.Valid(ParseMinimalWith(body => body["releasableTo"] = Array("*"))).ReleasableTo);

    [Fact]
    public void Empty_list_is_accepted_as_nobody_but_the_originator() =>
        Assert.Empty(ErrorAssert.Valid(ParseMinimalWith(body => body["releasableTo"] = new JsonArray())).ReleasableTo);

    [Fact]
    public void Unknown_agency_is_an_error_at_its_index() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["releasableTo"] = Array("krg-security", "fr-dgsi")), "releasableTo[1]", "Unknown agency.");

    [Fact]
    public void Agency_ids_match_exactly() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["releasableTo"] = Array("UK-NCA")), "releasableTo[0]", "Unknown agency.");

    [Fact]
    public void Star_with_other_agencies_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["releasableTo"] = Array("uk-nca", "*")), "releasableTo", "\"*\" must be the only entry.");

    [Fact]
    public void Duplicate_agency_is_an_error_at_the_repeat() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["releasableTo"] = Array("uk-nca", "iq-border", "uk-nca")), "releasableTo[2]", "Duplicate entry.");

    [Fact]
    public void Item_that_is_not_a_string_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["releasableTo"] = new JsonArray("uk-nca", 7)), "releasableTo[1]", "Must be a string.");

    [Fact]
    public void Blank_item_is_an_error() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["releasableTo"] = Array("uk-nca", " ")), "releasableTo[1]", "Must not be empty.");

    [Fact]
    public void Red_with_named_recipients_is_accepted()
    {
        var report = ErrorAssert.Valid(ParseMinimalWith(body =>
        {
            body["tlp"] = "red";
            body["releasableTo"] = Array("krg-security");
        }));

        Assert.Equal(("red", "krg-security"), (report.Tlp, report.ReleasableTo.Single()));
    }

    [Fact]
    public void Red_with_star_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body =>
            {
                body["tlp"] = "red";
                body["releasableTo"] = Array("*");
            }),
            "releasableTo",
            "A red report must name its recipients (not \"*\").");

    [Fact]
    public void Red_without_recipients_is_an_error() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["tlp"] = "red"), "releasableTo", "A red report must name its recipients (not \"*\").");

    [Fact]
    public void Red_with_an_empty_list_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body =>
            {
                body["tlp"] = "red";
                body["releasableTo"] = new JsonArray();
            }),
            "releasableTo");

    private static JsonArray Array(params string[] items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);
}
