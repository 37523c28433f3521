using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Text rules common to all fields, and the person fields.</summary>
public sealed class EntityFieldTests
{
    [Fact]
    public void Nul_character_in_a_name_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "p", "type": "person", "name": "Ali\u0000 Karwan" }"""),
            "entities[0].name",
            "Must not contain control characters.");

    [Fact]
    public void Line_break_in_a_name_is_an_error() =>
        ErrorAssert.Single(ParseEntity("""{ "ref": "p", "type": "person", "name": "Ali\nKarwan" }"""), "entities[0].name");

    [Fact]
    public void Text_field_of_500_characters_is_accepted() =>
        Assert.Equal(500, ErrorAssert.Valid(ParseEntity($$"""{ "ref": "o", "type": "organisation", "name": "{{new string('n', 500)}}" }""")).Entities[0].Name!.Length);

    [Fact]
    public void Text_field_over_500_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "v", "type": "vessel", "name": "Sea Star", "description": "{{new string('d', 501)}}" }"""),
            "entities[0].description",
            "Must be at most 500 characters.");

    [Theory]
    [InlineData("1984")]
    [InlineData("1984-03")]
    [InlineData("1984-03-02")]
    [InlineData("2024-02-29")]
    [InlineData("1900-01-01")]
    [InlineData("2025-06-01")]
    public void Date_of_birth_accepts_year_month_and_day_precision(string dateOfBirth) =>
        Assert.Equal(dateOfBirth, ErrorAssert.Valid(ParseEntity(Person("dateOfBirth", dateOfBirth))).Entities[0].DateOfBirth);

    [Theory]
    [InlineData("84")]
    [InlineData("1984/03/02")]
    [InlineData("02-03-1984")]
    [InlineData("1984-3-2")]
    [InlineData("1984-03-02T00:00:00Z")]
    [InlineData("١٩٨٤")]
    public void Date_of_birth_in_another_shape_is_an_error(string dateOfBirth) =>
        ErrorAssert.Single(
            ParseEntity(Person("dateOfBirth", dateOfBirth)), "entities[0].dateOfBirth", "Must be a date as YYYY, YYYY-MM or YYYY-MM-DD.");

    [Theory]
    [InlineData("1984-13")]
    [InlineData("1984-00")]
    [InlineData("1984-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("1984-04-31")]
    [InlineData("0000")]
    public void Date_of_birth_that_is_not_a_calendar_date_is_an_error(string dateOfBirth) =>
        ErrorAssert.Single(ParseEntity(Person("dateOfBirth", dateOfBirth)), "entities[0].dateOfBirth", "Must be a real calendar date.");

    [Theory]
    [InlineData("1899")]
    [InlineData("1899-12-31")]
    public void Date_of_birth_before_1900_is_an_error(string dateOfBirth) =>
        ErrorAssert.Single(ParseEntity(Person("dateOfBirth", dateOfBirth)), "entities[0].dateOfBirth", "Must not be before 1900.");

    [Theory]
    [InlineData("2026")]
    [InlineData("2025-07")]
    [InlineData("2025-06-03")]
    public void Date_of_birth_in_the_future_is_an_error(string dateOfBirth) =>
        ErrorAssert.Single(ParseEntity(Person("dateOfBirth", dateOfBirth)), "entities[0].dateOfBirth", "Must not be in the future.");

    [Theory]
    [InlineData("IQ")]
    [InlineData("XXX")]
    [InlineData("IR Q")]
    [InlineData("\u017fsd")]
    [InlineData("ABC")]
    public void Nationality_that_is_not_iso_alpha_3_is_an_error(string nationality) =>
        ErrorAssert.Single(
            ParseEntity(Person("nationality", nationality)),
            "entities[0].nationality",
            "Must be an ISO 3166-1 alpha-3 country code.");

    [Fact]
    public void Gender_outside_the_list_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity(Person("gender", "m")), "entities[0].gender", "Must be one of: male, female, other, unknown.");

    [Fact]
    public void Fifty_aliases_are_accepted() =>
        Assert.Equal(50, ErrorAssert.Valid(ParseEntity(Aliases(50))).Entities[0].Aliases!.Count);

    [Fact]
    public void More_than_50_aliases_is_an_error() =>
        ErrorAssert.Single(ParseEntity(Aliases(51)), "entities[0].aliases", "Must have at most 50 items.");

    [Fact]
    public void Alias_that_is_not_a_string_is_an_error_at_its_index() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "p", "type": "person", "aliases": ["Abu Karwan", null] }"""), "entities[0].aliases[1]", "Must be a string.");

    [Fact]
    public void Aliases_that_are_not_an_array_are_an_error() =>
        ErrorAssert.Single(ParseEntity("""{ "ref": "p", "type": "person", "name": "A", "aliases": "Abu Karwan" }"""), "entities[0].aliases", "Must be an array.");

    private static string Person(string field, string value) =>
        $$"""{ "ref": "p", "type": "person", "name": "Ali Karwan", "{{field}}": "{{value}}" }""";

    private static string Aliases(int count) =>
        """{ "ref": "p", "type": "person", "aliases": [""" + string.Join(", ", Enumerable.Repeat("\"Abu\"", count)) + "] }";
}
