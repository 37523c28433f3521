using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

/// <summary>An identifier failing its own check digits is said to fail, with the reason, and is never a key.</summary>
public sealed class IdentifierChecksTests
{
    private const string Genuine = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02";

    private static ReportedEntity Account(string iban) => new() { Ref = "a", Type = "account", Iban = iban };

    private static ReportedEntity MrzOnly(string mrz) => new() { Ref = "d", Type = "document", Mrz = mrz };

    [Fact]
    public void A_mistyped_IBAN_is_no_account_key_and_its_failure_names_the_check()
    {
        var mistyped = Account("gb82 west 1234 5698 7654 31");

        Assert.Empty(Selectors.Of(mistyped));
        Assert.Equal("the IBAN GB82WEST12345698765431 fails its mod-97 check digits", IdentifierChecks.FailureOf(mistyped));
        Assert.Null(IdentifierChecks.FailureOf(Account("GB82 WEST 1234 5698 7654 32")));
    }

    [Fact]
    public void An_IBAN_of_the_wrong_length_for_its_country_fails_its_check()
    {
        Assert.Equal("the IBAN GB82WEST1234569876543 does not have an IBAN's form and length", Ibans.Failure("GB82WEST1234569876543"));
        Assert.Null(Ibans.Failure(null));
    }

    [Fact]
    public void A_provider_and_number_still_key_an_account_whose_IBAN_fails() =>
        Assert.Equal(["account:HAWALA/1234"], Selectors.Of(new ReportedEntity { Ref = "a", Type = "account", Iban = "GB82WEST12345698765431", Provider = "hawala", Number = "1234" }));

    [Fact]
    public void A_document_known_only_by_an_MRZ_whose_number_digit_fails_is_no_key()
    {
        var broken = MrzOnly(Genuine.Replace("A123456784", "A123456785", StringComparison.Ordinal));

        Assert.Empty(Selectors.Of(broken));
        Assert.Equal("the MRZ check digit for the document number A12345678 is 5 but should be 4", IdentifierChecks.FailureOf(broken));
        Assert.Null(IdentifierChecks.FailureOf(MrzOnly(Genuine)));
    }

    [Fact]
    public void A_stated_number_keys_the_document_and_the_MRZ_verdict_speaks_of_the_zone()
    {
        var stated = MrzOnly(Genuine.Replace("A123456784", "A123456785", StringComparison.Ordinal)) with { Number = "A12345678", IssuingCountry = "IRQ" };

        Assert.Equal(["document:IRQ/A12345678"], Selectors.Of(stated));
        Assert.Null(IdentifierChecks.FailureOf(stated));
    }

    [Theory]
    [InlineData("account:GB82 WEST 1234 5698 7654 31", "the IBAN GB82WEST12345698765431 fails its mod-97 check digits")]
    [InlineData("Account: GB82WEST1234569876543", "the IBAN GB82WEST1234569876543 does not have an IBAN's form and length")]
    public void An_account_selector_failing_its_check_is_refused_with_the_reason(string written, string reason)
    {
        Assert.Null(Selectors.Parse(written));
        Assert.Equal(reason, Selectors.CheckFailure(written));
    }

    [Theory]
    [InlineData("account:GB82WEST12345698765432")]
    [InlineData("account:hawala/1234")]
    [InlineData("phone:+9647501234567")]
    public void Other_selectors_have_no_check_failure(string written) => Assert.Null(Selectors.CheckFailure(written));
}
