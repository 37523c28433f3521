using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Formats of document, social, account, vehicle and location entity fields.</summary>
public sealed class DocumentAndAccountFieldTests
{
    [Fact]
    public void Document_type_outside_the_list_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "d", "type": "document", "number": "A1", "documentType": "id-card" }"""),
            "entities[0].documentType",
            "Must be one of: passport, national-id, residence-permit, visa, driving-licence, other.");

    [Theory]
    [InlineData("A12345678")]
    [InlineData("AB 123-456")]
    [InlineData("L898902C<3")]
    public void Document_number_of_letters_digits_and_separators_is_accepted(string number) =>
        Assert.Equal(number, ErrorAssert.Valid(ParseEntity(Document("number", number))).Entities[0].Number);

    [Theory]
    [InlineData("A123/456")]
    [InlineData("A123.456")]
    [InlineData("A123_456")]
    public void Document_number_with_other_characters_is_an_error(string number) =>
        ErrorAssert.Single(ParseEntity(Document("number", number)), "entities[0].number", "Must contain only letters, digits, spaces, '<' and '-'.");

    [Fact]
    public void Document_number_over_30_characters_is_an_error() =>
        ErrorAssert.Single(ParseEntity(Document("number", new string('9', 31))), "entities[0].number", "Must be at most 30 characters.");

    [Theory]
    [InlineData("D", "D")]
    [InlineData("gbd", "GBD")]
    [InlineData("XXA", "XXA")]
    [InlineData("RKS", "RKS")]
    [InlineData("EUE", "EUE")]
    [InlineData("DEU", "DEU")]
    public void Issuing_country_accepts_iso_alpha_3_and_icao_codes(string code, string expected) =>
        Assert.Equal(expected, ErrorAssert.Valid(ParseEntity(Document("issuingCountry", code))).Entities[0].IssuingCountry);

    [Theory]
    [InlineData("DE")]
    [InlineData("XYZ")]
    [InlineData("GBR1")]
    public void Issuing_country_outside_both_lists_is_an_error(string code) =>
        ErrorAssert.Single(ParseEntity(Document("issuingCountry", code)), "entities[0].issuingCountry");

    [Fact]
    public void Mrz_may_contain_line_breaks() =>
        Assert.Equal(
            "P<IRQAL<<X\r\nA1234567",
            ErrorAssert.Valid(ParseEntity("""{ "ref": "d", "type": "document", "mrz": "P<IRQAL<<X\r\nA1234567" }""")).Entities[0].Mrz);

    [Fact]
    public void Mrz_with_another_control_character_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "d", "type": "document", "mrz": "P<IRQ\tAL" }"""),
            "entities[0].mrz",
            "Must not contain control characters other than line breaks.");

    [Fact]
    public void Mrz_over_200_characters_is_an_error() =>
        ErrorAssert.Single(ParseEntity(Document("mrz", new string('<', 201))), "entities[0].mrz", "Must be at most 200 characters.");

    [Fact]
    public void Suspected_forgery_is_read() =>
        Assert.True(ErrorAssert.Valid(ParseEntity("""{ "ref": "d", "type": "document", "number": "A1", "suspectedForgery": true }""")).Entities[0].SuspectedForgery);

    [Theory]
    [InlineData("facebook.com/karwan")]
    [InlineData("ftp://example.org/karwan")]
    [InlineData("/karwan")]
    [InlineData("https://")]
    public void Social_url_that_is_not_absolute_http_is_an_error(string url) =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "s", "type": "social", "handle": "karwan", "url": "{{url}}" }"""),
            "entities[0].url",
            "Must be an absolute http or https URL.");

    [Fact]
    public void Social_platform_over_50_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "s", "type": "social", "handle": "k", "platform": "{{new string('p', 51)}}" }"""),
            "entities[0].platform",
            "Must be at most 50 characters.");

    [Theory]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("IQ98 NBIQ 8501 2345 6789 012")]
    public void Iban_of_the_right_shape_is_accepted(string iban) =>
        Assert.Equal(iban, ErrorAssert.Valid(ParseEntity(Account("iban", iban))).Entities[0].Iban);

    [Theory]
    [InlineData("82GB WEST 1234")]
    [InlineData("1282 WEST 1234")]
    [InlineData("GBXX WEST 1234")]
    [InlineData("GB82-WEST-1234")]
    [InlineData("GB82")]
    public void Iban_of_the_wrong_shape_is_an_error(string iban) =>
        ErrorAssert.Single(ParseEntity(Account("iban", iban)), "entities[0].iban");

    [Fact]
    public void Iban_over_42_characters_is_an_error() =>
        ErrorAssert.Single(ParseEntity(Account("iban", "GB82" + new string('1', 39))), "entities[0].iban", "Must be at most 42 characters.");

    [Theory]
    [InlineData("cash")]
    [InlineData("ban\u212a")]
    public void Account_kind_outside_the_list_is_an_error(string kind) =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "a", "type": "account", "number": "1", "kind": "{{kind}}" }"""),
            "entities[0].kind",
            "Must be one of: bank, hawala, money-transfer, crypto.");

    [Fact]
    public void Account_kind_is_lower_cased() =>
        Assert.Equal("hawala", ErrorAssert.Valid(ParseEntity("""{ "ref": "a", "type": "account", "number": "1", "kind": "Hawala" }""")).Entities[0].Kind);

    [Fact]
    public void Vehicle_country_that_is_not_iso_alpha_2_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "c", "type": "vehicle", "plate": "AB12 CDE", "country": "GBR" }"""), "entities[0].country");

    [Theory]
    [InlineData("""{ "ref": "l", "type": "location", "lat": 95, "lon": 10 }""", "entities[0].lat")]
    [InlineData("""{ "ref": "l", "type": "location", "lat": 10, "lon": -200 }""", "entities[0].lon")]
    public void Location_entity_coordinates_out_of_range_are_an_error(string entity, string key) =>
        ErrorAssert.Single(ParseEntity(entity), key);

    private static string Document(string field, string value) =>
        field == "number"
            ? $$"""{ "ref": "d", "type": "document", "number": "{{value}}" }"""
            : $$"""{ "ref": "d", "type": "document", "number": "A1", "{{field}}": "{{value}}" }""";

    private static string Account(string field, string value) =>
        $$"""{ "ref": "a", "type": "account", "{{field}}": "{{value}}" }""";
}
