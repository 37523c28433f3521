using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class EmailsTests
{
    [Theory]
    [InlineData(" Karwan@Example.ORG ", "karwan@example.org")]
    [InlineData("mailto:karwan@example.org", "karwan@example.org")]
    [InlineData("Karwan Travel <Karwan@Example.org>", "karwan@example.org")]
    public void Addresses_are_lower_case_and_bare(string written, string canonical) =>
        Assert.Equal(canonical, Emails.Canonical(written));

    [Theory]
    [InlineData("Karwan.Travel@gmail.com")]
    [InlineData("karwantravel+crossings@gmail.com")]
    [InlineData("k.a.r.w.a.n.travel@GoogleMail.com")]
    public void Gmail_ignores_dots_and_plus_tags_so_they_are_one_mailbox(string written) =>
        Assert.Equal("karwantravel@gmail.com", Emails.Canonical(written));

    [Fact]
    public void Dots_and_tags_matter_outside_gmail() =>
        Assert.NotEqual(Emails.Canonical("karwan.travel@example.org"), Emails.Canonical("karwantravel+eu@example.org"));

    [Theory]
    [InlineData("karwan")]
    [InlineData("karwan@")]
    [InlineData("@example.org")]
    [InlineData("kar wan@example.org")]
    [InlineData("karwan@localhost")]
    [InlineData(null)]
    public void Things_that_are_not_addresses_give_nothing(string? written) => Assert.Null(Emails.Canonical(written));
}
