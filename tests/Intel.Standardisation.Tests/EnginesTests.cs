using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class EnginesTests
{
    [Theory]
    [InlineData("Yamaha", "6BG-1012345")]
    [InlineData("YAMAHA", "6bg 1012345")]
    [InlineData("Yamaha Motor", "6BG1012345")]
    [InlineData("yamaha marine", "6BG–1012345")]
    public void A_Yamaha_serial_written_four_ways_meets(string make, string serial) =>
        Assert.Equal("YAMAHA/6BG1012345", Engines.Key(make, serial));

    [Fact]
    public void Serials_keep_their_letters_and_digits() => Assert.Equal("6BG1012345", Engines.Serial(" 6BG-1012345 "));

    [Fact]
    public void The_same_serial_from_two_makers_is_two_engines() =>
        Assert.NotEqual(Engines.Key("Yamaha", "1012345"), Engines.Key("Mercury", "1012345"));

    [Theory]
    [InlineData(null, "6BG-1012345")]
    [InlineData("Yamaha", null)]
    public void An_engine_without_make_or_serial_has_no_key(string? make, string? serial) => Assert.Null(Engines.Key(make, serial));

    [Fact]
    public void A_make_that_is_only_a_company_word_is_kept() => Assert.Equal("MARINE", Engines.Make("Marine"));
}
