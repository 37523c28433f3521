using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class MrzCheckTests
{
    /// <summary>When the zones are read; every zone here prints its expiry, which fixes the birth century instead.</summary>
    private static readonly DateOnly ReadOn = new(2026, 6, 1);

    private const string Genuine = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02";

    private static ReportedEntity Passport(string? mrz, string? number = "A12345678", string? country = "IRQ") =>
        new() { Ref = "d1", Type = "document", DocumentType = "passport", Number = number, IssuingCountry = country, Mrz = mrz };

    [Fact]
    public void The_API_example_passport_is_consistent()
    {
        var verdict = MrzCheck.Against(ReadOn, Passport(Genuine), holderDateOfBirth: "1984-03-02");

        Assert.Equal(MrzOutcome.Consistent, verdict.Outcome);
        Assert.False(verdict.SuspectedForgery);
        Assert.Null(verdict.Reason);
        Assert.Equal("A12345678", verdict.Zone!.DocumentNumber);
    }

    [Fact]
    public void A_passport_with_a_wrong_birth_date_check_digit_is_a_suspected_forgery_saying_which()
    {
        var verdict = MrzCheck.Against(ReadOn, Passport(Genuine.Replace("8403021M", "8403027M")));

        Assert.True(verdict.SuspectedForgery);
        Assert.Contains("check digit for the date of birth is 7 but should be 1", verdict.Reason);
        Assert.Equal([MrzField.DateOfBirth, MrzField.Composite], verdict.Zone!.FailedChecks);
    }

    [Fact]
    public void A_zone_whose_number_differs_from_the_stated_number_is_suspect()
    {
        var verdict = MrzCheck.Against(ReadOn, Passport(Genuine, number: "A12345679"));

        Assert.True(verdict.SuspectedForgery);
        Assert.Equal(["the MRZ document number A12345678 differs from the stated number A12345679"], verdict.Reasons);
    }

    [Fact]
    public void A_zone_issued_by_another_state_than_stated_is_suspect()
    {
        var verdict = MrzCheck.Against(ReadOn, Passport(Genuine, country: "IR"));

        Assert.True(verdict.SuspectedForgery);
        Assert.Contains("issuing state IRQ differs from the stated issuing country IR", verdict.Reason);
    }

    [Theory]
    [InlineData("IQ", "a1234 5678")]
    [InlineData("irq", null)]
    [InlineData(null, null)]
    public void Formatting_differences_or_missing_statements_are_not_disagreements(string? country, string? number) =>
        Assert.Equal(MrzOutcome.Consistent, MrzCheck.Against(ReadOn, Passport(Genuine, number, country)).Outcome);

    [Fact]
    public void A_holder_whose_stated_birth_date_differs_from_the_zone_is_suspect_but_a_year_alone_is_not()
    {
        var differing = MrzCheck.Against(ReadOn, Passport(Genuine), holderDateOfBirth: "1985-03-02");

        Assert.True(differing.SuspectedForgery);
        Assert.Contains("date of birth 1984-03-02 differs from the holder's stated 1985-03-02", differing.Reason);
        Assert.False(MrzCheck.Against(ReadOn, Passport(Genuine), holderDateOfBirth: "1984").SuspectedForgery);
    }

    [Fact]
    public void A_document_without_a_zone_or_with_a_garbled_one_is_not_called_a_forgery()
    {
        Assert.Equal(MrzOutcome.NoMrz, MrzCheck.Against(ReadOn, Passport(null)).Outcome);
        var garbled = MrzCheck.Against(ReadOn, Passport("P<IRQAL<BARZANI"));
        Assert.Equal(MrzOutcome.Unreadable, garbled.Outcome);
        Assert.False(garbled.SuspectedForgery);
    }

    [Fact]
    public void Every_reason_is_reported_together()
    {
        var verdict = MrzCheck.Against(ReadOn, Passport(Genuine.Replace("A123456784", "A123456794"), number: "B7654321"), "1990");

        Assert.Equal(4, verdict.Reasons.Count);
    }
}
