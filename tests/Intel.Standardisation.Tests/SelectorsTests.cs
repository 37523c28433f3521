using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

/// <summary>The selector API other services use keeps its shapes while using the standardisers underneath.</summary>
public sealed class SelectorsTests
{
    [Fact]
    public void Reported_identifiers_become_canonical_selectors()
    {
        Assert.Equal(["phone:+9647501234567"], Selectors.Of(new ReportedEntity { Ref = "ph", Type = "phone", Number = "0750 123 4567", Country = "IQ" }));
        Assert.Equal(["document:IRQ/A12345678"], Selectors.Of(new ReportedEntity { Ref = "d", Type = "document", IssuingCountry = "iq", Number = "a 1234-5678" }));
        Assert.Equal(["engine:YAMAHA/6BG1012345"], Selectors.Of(new ReportedEntity { Ref = "e", Type = "engine", Make = "Yamaha Motor", Serial = "6BG-1012345" }));
        Assert.Equal(["account:GB82WEST12345698765432"], Selectors.Of(new ReportedEntity { Ref = "a", Type = "account", Iban = "gb82 west 1234 5698 7654 32" }));
        Assert.Equal(["vessel:ABC12345D404"], Selectors.Of(new ReportedEntity { Ref = "v", Type = "vessel", HullId = "FR-ABC12345D404" }));
        Assert.Equal(["vehicle:GB/AB12CDE"], Selectors.Of(new ReportedEntity { Ref = "c", Type = "vehicle", Country = "UK", Plate = "AB12 CDE" }));
        Assert.Equal(["email:karwantravel@gmail.com"], Selectors.Of(new ReportedEntity { Ref = "m", Type = "email", Address = "Karwan.Travel@gmail.com" }));
        Assert.Equal(["organisation-registration:GB/01234567"],
            Selectors.Of(new ReportedEntity { Ref = "o", Type = "organisation", Name = "Al-Noor Travel Ltd", Country = "uk", RegistrationNumber = "01-234-567" }));
    }

    [Fact]
    public void A_social_account_given_only_as_a_link_is_still_found_by_platform_and_handle()
    {
        var url = "https://www.facebook.com/karwan.travel.eu/";
        Assert.Equal(["social:facebook/karwan.travel.eu", $"url:{url}"], Selectors.Of(new ReportedEntity { Ref = "s", Type = "social", Url = url }));
    }

    [Fact]
    public void A_document_reported_only_by_its_MRZ_is_found_by_its_number() =>
        Assert.Equal(["document:IRQ/A12345678"], Selectors.Of(new ReportedEntity
        {
            Ref = "d",
            Type = "document",
            Mrz = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02",
        }));

    [Theory]
    [InlineData("phone:0096 4750 123 4567", "phone:+9647501234567")]
    [InlineData("document:iq/a12345678", "document:IRQ/A12345678")]
    [InlineData("engine:yamaha/6bg 1012345", "engine:YAMAHA/6BG1012345")]
    [InlineData("social:Twitter/@KarwanTravel", "social:x/karwantravel")]
    [InlineData("social:https://t.me/KarwanTravel", "social:telegram/karwantravel")]
    [InlineData("account:GB82 WEST 1234 5698 7654 32", "account:GB82WEST12345698765432")]
    [InlineData("vessel:fr-abc12345d404", "vessel:ABC12345D404")]
    [InlineData("organisation-registration:gb/0123 4567", "organisation-registration:GB/01234567")]
    public void Selectors_an_analyst_writes_take_the_canonical_form(string written, string canonical) =>
        Assert.Equal(canonical, Selectors.Parse(written));

    [Theory]
    [InlineData("phone")]
    [InlineData("colour:red")]
    [InlineData("document:A12345678")]
    [InlineData("email:karwan")]
    [InlineData("engine:6BG1012345")]
    [InlineData("organisation-registration:01234567")]
    public void Things_that_are_not_selectors_are_refused(string written) => Assert.Null(Selectors.Parse(written));

    [Theory]
    [InlineData("0750 123 4567", "IQ")]
    [InlineData("+964 750 123 4567", null)]
    [InlineData("00964 7501234567", null)]
    [InlineData("(0750) 123-4567", "IQ")]
    [InlineData("964-750-123-4567", null)]
    public void Iraqi_phone_numbers_in_any_format_meet_in_E164(string number, string? country) =>
        Assert.Equal(["phone:+9647501234567"], Selectors.Of(new ReportedEntity { Ref = "ph", Type = "phone", Number = number, Country = country }));

    [Fact]
    public void The_identifier_helpers_keep_their_behaviour()
    {
        // Selectors keep numbers of a possible length even where the metadata does not list the range.
        Assert.Equal("+447700900123", Identifiers.Phone("07700 900123", "GB"));
        Assert.Equal("+447700900123", Identifiers.Phone("+44 7700 900123", null));
        Assert.Equal("karwan@example.org", Identifiers.Email(" Karwan@Example.ORG "));
        Assert.Equal("karwan.travel.eu", Identifiers.Handle("@Karwan.Travel.EU"));
        Assert.Equal("6BG1012345", Identifiers.Compact("6bg-١٠١٢٣٤٥"));
        Assert.Equal("barzani mohammed", Identifiers.NameKey("Mohammed  Barzani"));
        Assert.Equal(["social:facebook/karwan.travel.eu"], Selectors.Of(new ReportedEntity { Ref = "s", Type = "social", Platform = "Facebook", Handle = "@Karwan.Travel.EU" }));
        Assert.Contains("vessel", Selectors.Kinds);
    }
}
