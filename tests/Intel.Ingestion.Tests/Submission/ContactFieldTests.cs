using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Formats of phone and email entity fields.</summary>
public sealed class ContactFieldTests
{
    [Theory]
    [InlineData("+964 750 123 4567")]
    [InlineData("(0750) 123-4567")]
    [InlineData("0750.123.4567")]
    [InlineData("12345")]
    public void Phone_number_of_digits_and_separators_is_accepted(string number) =>
        Assert.Equal(number, ErrorAssert.Valid(ParseEntity(Phone(number))).Entities[0].Number);

    [Theory]
    [InlineData("1234")]
    [InlineData("+964 750 CALL")]
    [InlineData("0750/123/4567")]
    [InlineData("٠٧٥٠١٢٣٤٥٦٧")]
    public void Phone_number_with_other_characters_or_too_few_digits_is_an_error(string number) =>
        ErrorAssert.Single(ParseEntity(Phone(number)), "entities[0].number");

    [Theory]
    [InlineData("karwan")]
    [InlineData("karwan@")]
    [InlineData("@example.org")]
    [InlineData("karwan@example")]
    [InlineData("karwan@@example.org")]
    [InlineData("kar wan@example.org")]
    [InlineData("karwan@example.")]
    public void Email_address_of_the_wrong_shape_is_an_error(string address) =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "m", "type": "email", "address": "{{address}}" }"""),
            "entities[0].address",
            "Must be an email address such as name@example.org.");

    [Fact]
    public void Email_address_over_254_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "m", "type": "email", "address": "{{new string('a', 243)}}@example.org" }"""),
            "entities[0].address",
            "Must be at most 254 characters.");

    [Fact]
    public void Phone_number_over_40_characters_is_an_error() =>
        ErrorAssert.Single(ParseEntity(Phone(new string('1', 41))), "entities[0].number", "Must be at most 40 characters.");

    [Fact]
    public void Phone_country_that_is_not_iso_alpha_2_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "ph", "type": "phone", "number": "0750 123 4567", "country": "IRQ" }"""),
            "entities[0].country",
            "Must be an ISO 3166-1 alpha-2 country code.");

    private static string Phone(string number) => $$"""{ "ref": "ph", "type": "phone", "number": "{{number}}" }""";
}
