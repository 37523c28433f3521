using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class PhonesTests
{
    [Theory]
    [InlineData("0750 123 4567", "IQ")]
    [InlineData("+964 750 123 4567", null)]
    [InlineData("00964 750 123 4567", null)]
    [InlineData("(0750) 123-4567", "iq")]
    [InlineData("+964 (0)750 123 4567", null)]
    [InlineData("٠٧٥٠١٢٣٤٥٦٧", "IQ")]
    [InlineData("964 750 123 4567", null)]
    [InlineData("(964) 7501234567", null)]
    public void Three_ways_of_writing_one_Iraqi_mobile_meet(string written, string? country) =>
        Assert.Equal("+9647501234567", Phones.E164(written, country));

    [Theory]
    [InlineData("0751 234 5678", "+9647512345678")]
    [InlineData("0770 123 4567", "+9647701234567")]
    [InlineData("0780 123 4567", "+9647801234567")]
    [InlineData("0790 123 4567", "+9647901234567")]
    public void Kurdistan_and_Iraqi_mobile_prefixes_are_valid(string written, string e164)
    {
        Assert.Equal(e164, Phones.E164(written, "IQ"));
        Assert.True(Phones.IsMobile(written, "IQ"));
    }

    [Theory]
    [InlineData("07911 123456", "GB", "+447911123456")]
    [InlineData("07911 123456", "UK", "+447911123456")]
    [InlineData("+44 (0)7911 123456", null, "+447911123456")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("0033 6 12 34 56 78", null, "+33612345678")]
    [InlineData("+33 6 12 34 56 78", "IQ", "+33612345678")]
    public void UK_and_French_numbers_become_E164(string written, string? country, string e164) =>
        Assert.Equal(e164, Phones.E164(written, country));

    [Theory]
    [InlineData("075012345", "IQ")]
    [InlineData("0750 123 4567 89", "IQ")]
    [InlineData("0750 123 4567", null)]
    [InlineData("750 123 4567", null)]
    [InlineData("964 750 123 4567", "GB")]
    [InlineData("not a number", "IQ")]
    [InlineData("", "IQ")]
    [InlineData(null, "IQ")]
    public void Invalid_or_regionless_national_numbers_give_nothing(string? written, string? country)
    {
        Assert.Null(Phones.E164(written, country));
        Assert.False(Phones.IsValid(written, country));
    }

    [Fact]
    public void A_number_of_possible_length_is_kept_when_validity_is_not_required()
    {
        // 07700 900xxx is reserved for drama: possible, not valid.
        Assert.Null(Phones.E164("07700 900123", "GB"));
        Assert.Equal("+447700900123", Phones.E164("07700 900123", "GB", requireValid: false));
    }

    [Fact]
    public void A_landline_is_not_a_mobile() => Assert.False(Phones.IsMobile("066 222 1234", "IQ"));

    [Theory]
    [InlineData("+9647501234567", "7501234567")]
    [InlineData("07501234567", "7501234567")]
    [InlineData("+447911123456", "7911123456")]
    [InlineData("7501234567", "7501234567")]
    [InlineData("750123", null)]
    [InlineData("012345", null)]
    [InlineData("0750-123", null)]
    public void The_national_part_of_a_number_is_what_its_international_and_its_national_form_share(string written, string? national) =>
        Assert.Equal(national, Phones.NationalNumber(written));
}
