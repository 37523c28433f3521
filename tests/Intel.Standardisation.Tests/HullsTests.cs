using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class HullsTests
{
    [Theory]
    [InlineData("ABC12345D404")]
    [InlineData("abc 12345 d4 04")]
    [InlineData("ABC-12345-D4-04")]
    [InlineData("FR-ABC12345D404")]
    [InlineData("FRABC12345D404")]
    public void A_hull_id_with_or_without_the_EU_country_prefix_meets(string written) =>
        Assert.Equal("ABC12345D404", Hulls.Canonical(written));

    [Fact]
    public void A_non_standard_hull_mark_is_kept_compacted()
    {
        Assert.Equal("DUNKIRK7", Hulls.Canonical("Dunkirk-7"));
        Assert.False(Hulls.IsStandard("DUNKIRK7"));
    }

    [Theory]
    [InlineData("ABC12345D404", true)]
    [InlineData("ABC12345M404", false)]
    [InlineData("ABC12345D4O4", false)]
    [InlineData("ABC12345D40", false)]
    public void The_twelve_character_shape_is_recognised(string hull, bool standard) => Assert.Equal(standard, Hulls.IsStandard(hull));

    [Fact]
    public void Nothing_gives_nothing() => Assert.Null(Hulls.Canonical("  "));
}
