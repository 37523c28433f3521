using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class IbansTests
{
    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432")]
    [InlineData("gb82west12345698765432", "GB82WEST12345698765432")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606")]
    [InlineData("IQ98 NBIQ 8501 2345 6789 012", "IQ98NBIQ850123456789012")]
    [InlineData("TR33-0006-1005-1978-6457-8413-26", "TR330006100519786457841326")]
    public void An_IBAN_written_any_way_has_one_canonical_form(string written, string canonical)
    {
        Assert.Equal(canonical, Ibans.Canonical(written));
        Assert.True(Ibans.IsValid(written));
    }

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 31")]
    [InlineData("GB28 WEST 1234 5698 7654 32")]
    [InlineData("GB82WEST1234569876543")]
    [InlineData("IQ98NBIQ85012345678901")]
    [InlineData("82GBWEST12345698765432")]
    [InlineData("GB82 WEST 1234 5698 7654 3!")]
    [InlineData("")]
    [InlineData(null)]
    public void A_mistyped_IBAN_fails_the_mod_97_check(string? written)
    {
        Assert.Null(Ibans.Canonical(written));
        Assert.False(Ibans.IsValid(written));
    }
}
