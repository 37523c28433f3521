using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class DocumentsTests
{
    [Theory]
    [InlineData("IRQ", "A12345678")]
    [InlineData("irq", "a 1234-5678")]
    [InlineData("IQ", "A12345678")]
    [InlineData(" Iq ", "A1234 5678")]
    public void One_passport_written_by_two_agencies_has_one_key(string country, string number) =>
        Assert.Equal("IRQ/A12345678", Documents.Key(country, number));

    [Theory]
    [InlineData("UK", "GBR")]
    [InlineData("GB", "GBR")]
    [InlineData("D", "DEU")]
    [InlineData("FR", "FRA")]
    [InlineData("UTO", "UTO")]
    public void Issuing_countries_become_ICAO_alpha_3(string written, string alpha3) =>
        Assert.Equal(alpha3, Documents.IssuingCountry(written));

    [Theory]
    [InlineData(null, "A12345678")]
    [InlineData("IRQ", null)]
    [InlineData("IRQ", " - ")]
    public void A_document_without_country_or_number_has_no_key(string? country, string? number) =>
        Assert.Null(Documents.Key(country, number));

    [Fact]
    public void MRZ_fillers_are_not_part_of_the_number() => Assert.Equal("D23145890", Documents.Number("D23145890<"));
}
