using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class PlatesTests
{
    [Theory]
    [InlineData("GB", "AB12 CDE")]
    [InlineData("uk", "ab12-cde")]
    [InlineData("GBR", "AB 12 CDE")]
    public void A_British_plate_written_three_ways_meets(string country, string plate) =>
        Assert.Equal("GB/AB12CDE", Plates.Key(country, plate));

    [Fact]
    public void Iraqi_plates_in_Arabic_digits_meet_their_ASCII_form() =>
        Assert.Equal(Plates.Key("IQ", "12345 أربيل"), Plates.Key("IRQ", "١٢٣٤٥ اربيل"));

    [Fact]
    public void The_same_plate_in_two_countries_is_two_vehicles() =>
        Assert.NotEqual(Plates.Key("GB", "AB12CDE"), Plates.Key("FR", "AB12CDE"));

    [Fact]
    public void A_plate_without_a_country_has_no_key() => Assert.Null(Plates.Key(null, "AB12CDE"));
}
