using System.Text.Json;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>An organisation's other names, its registration number and the register's jurisdiction.</summary>
public sealed class OrganisationFieldTests
{
    // As ContentHash serialises a submission.
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Aliases_registration_number_and_country_are_read_as_written_the_country_upper_cased()
    {
        var organisation = ErrorAssert.Valid(ParseEntity("""
            { "ref": "o", "type": "organisation", "name": "Al-Noor Travel Ltd", "aliases": ["Alnoor Tourism Company"],
              "registrationNumber": "0123 4567", "country": "gb" }
            """)).Entities[0];

        Assert.Equal(["Alnoor Tourism Company"], organisation.Aliases);
        Assert.Equal("0123 4567", organisation.RegistrationNumber);
        Assert.Equal("GB", organisation.Country);
    }

    [Fact]
    public void A_registration_number_without_its_country_is_an_error_at_country() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "o", "type": "organisation", "name": "Al-Noor Travel Ltd", "registrationNumber": "01234567" }"""),
            "entities[0].country",
            "Required when registrationNumber is given.");

    [Theory]
    [InlineData("-")]
    [InlineData(" / . ")]
    public void A_registration_number_without_a_letter_or_digit_is_an_error(string number) =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "o", "type": "organisation", "name": "Al-Noor Travel Ltd", "registrationNumber": "{{number}}", "country": "GB" }"""),
            "entities[0].registrationNumber",
            "Must contain at least one letter or digit.");

    [Fact]
    public void A_registration_number_over_50_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity($$"""{ "ref": "o", "type": "organisation", "name": "N", "registrationNumber": "{{new string('1', 51)}}", "country": "GB" }"""),
            "entities[0].registrationNumber",
            "Must be at most 50 characters.");

    [Fact]
    public void A_jurisdiction_that_is_not_iso_alpha_2_is_an_error() =>
        ErrorAssert.Single(
            ParseEntity("""{ "ref": "o", "type": "organisation", "name": "N", "registrationNumber": "01234567", "country": "GBR" }"""),
            "entities[0].country",
            "Must be an ISO 3166-1 alpha-2 country code.");

    [Fact]
    public void An_organisation_without_a_registration_number_is_stored_as_before_so_its_report_hashes_as_before()
    {
        var submission = ErrorAssert.Valid(ParseEntity("""{ "ref": "o", "type": "organisation", "name": "Al-Noor Travel Ltd" }"""));

        Assert.DoesNotContain("registrationNumber", JsonSerializer.Serialize(submission, Stored), StringComparison.Ordinal);
    }
}
