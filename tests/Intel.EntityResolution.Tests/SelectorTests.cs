using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Resolution;
using Intel.Standardisation;

namespace Intel.EntityResolution.Tests;

/// <summary>The same identifier written differently by two agencies must meet under one key.</summary>
public sealed class SelectorTests
{
    [Theory]
    [InlineData("0750 123 4567", "IQ")]
    [InlineData("+964 750 123 4567", null)]
    [InlineData("00964 7501234567", null)]
    [InlineData("(0750) 123-4567", "IQ")]
    public void Iraqi_phone_numbers_in_any_format_meet_in_E164(string number, string? country) =>
        Assert.Equal(["phone:+9647501234567"], Selectors.Of(new ReportedEntity { Ref = "ph", Type = "phone", Number = number, Country = country }));

    [Fact]
    public void A_UK_national_number_needs_its_region_to_become_E164()
    {
        Assert.Equal("+447700900123", Identifiers.Phone("07700 900123", "GB"));
        Assert.Equal("+447700900123", Identifiers.Phone("+44 7700 900123", null));
    }

    [Fact]
    public void Documents_engines_and_handles_are_canonicalised()
    {
        Assert.Equal(["document:IRQ/A12345678"], Selectors.Of(new ReportedEntity { Ref = "d", Type = "document", IssuingCountry = "irq", Number = "a 1234-5678" }));
        Assert.Equal(["engine:YAMAHA/6BG1012345"], Selectors.Of(new ReportedEntity { Ref = "e", Type = "engine", Make = "Yamaha", Serial = "6BG-1012345" }));
        Assert.Equal(["social:facebook/karwan.travel.eu"], Selectors.Of(new ReportedEntity { Ref = "s", Type = "social", Platform = "Facebook", Handle = "@Karwan.Travel.EU" }));
    }

    [Theory]
    [InlineData("phone:0096 4750 123 4567", "phone:+9647501234567")]
    [InlineData("phone:+964 750 123 4567", "phone:+9647501234567")]
    [InlineData("document:irq/a12345678", "document:IRQ/A12345678")]
    [InlineData("engine:yamaha/6bg 1012345", "engine:YAMAHA/6BG1012345")]
    [InlineData("email: Karwan@Example.ORG ", "email:karwan@example.org")]
    public void Selectors_written_by_an_analyst_take_the_same_canonical_form(string written, string canonical) =>
        Assert.Equal(canonical, Selectors.Parse(written));

    [Theory]
    [InlineData("phone")]
    [InlineData("colour:red")]
    [InlineData("document:A12345678")]
    public void Things_that_are_not_selectors_are_refused(string written) => Assert.Null(Selectors.Parse(written));

    [Fact]
    public void People_without_identifiers_match_on_name_and_date_of_birth_whatever_the_word_order()
    {
        var one = MatchKeys.Of(new ReportedEntity { Ref = "p", Type = "person", Name = "Barzani Mohammed", DateOfBirth = "1984" });
        var other = MatchKeys.Of(new ReportedEntity { Ref = "p", Type = "person", Name = "mohammed  barzani", DateOfBirth = "1984" });
        var younger = MatchKeys.Of(new ReportedEntity { Ref = "p", Type = "person", Name = "Mohammed Barzani", DateOfBirth = "2001" });

        Assert.Equal(one, other);
        Assert.NotEqual(one, younger);
    }
}
