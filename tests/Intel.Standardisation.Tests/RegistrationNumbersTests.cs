using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class RegistrationNumbersTests
{
    [Theory]
    [InlineData("GB", "01234567")]
    [InlineData("gb", "0123 4567")]
    [InlineData("UK", "01-234-567")]
    [InlineData("GBR", "01.234.567")]
    public void One_company_number_written_four_ways_is_one_key(string country, string number) =>
        Assert.Equal("GB/01234567", RegistrationNumbers.Key(country, number));

    [Fact]
    public void Letters_are_upper_cased_and_leading_zeros_kept() =>
        Assert.Equal("GB/SC012345", RegistrationNumbers.Key("GB", "sc 012345"));

    [Fact]
    public void The_same_number_in_two_registers_is_two_keys() =>
        Assert.NotEqual(RegistrationNumbers.Key("GB", "01234567"), RegistrationNumbers.Key("IQ", "01234567"));

    [Theory]
    [InlineData(null, "01234567")]
    [InlineData("GB", null)]
    [InlineData("GB", " - / ")]
    public void A_number_without_its_register_or_without_letters_and_digits_has_no_key(string? country, string? number) =>
        Assert.Null(RegistrationNumbers.Key(country, number));
}
