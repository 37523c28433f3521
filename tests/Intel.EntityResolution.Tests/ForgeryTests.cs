using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Resolution;

namespace Intel.EntityResolution.Tests;

/// <summary>Why a reported document is flagged as a suspected forgery: by its reporter, or by its own MRZ.</summary>
public sealed class ForgeryTests
{
    /// <summary>When the zones are read; every zone here prints its expiry, which fixes the birth century instead.</summary>
    private static readonly DateOnly ReadOn = new(2026, 6, 1);

    private const string Genuine = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02";

    private static ReportedEntity Passport(string mrz, bool? flagged = null) => new()
    {
        Ref = "d1", Type = "document", DocumentType = "passport", Number = "A12345678", IssuingCountry = "IRQ", Mrz = mrz, SuspectedForgery = flagged,
    };

    private static ReportedEntity Person(string reference, string dateOfBirth) =>
        new() { Ref = reference, Type = "person", Name = "Mohammed Al-Barzani", DateOfBirth = dateOfBirth };

    private static ReportIngested Report(ReportedEntity[] entities, params ReportLink[] links) => new()
    {
        ReportId = Guid.NewGuid(), Reference = "r", Agency = "uk-nca", ReleasableTo = [], Tlp = "amber",
        Grading = new Grading("2", "B", "P", null), ReceivedAt = DateTimeOffset.UtcNow,
        Entities = entities, Links = links,
    };

    [Fact]
    public void A_consistent_passport_nobody_flagged_is_not_suspect()
    {
        var passport = Passport(Genuine);

        Assert.Null(Forgery.ReasonFor(ReadOn, passport, Report([passport, Person("p1", "1984-03-02")], new ReportLink("p1", "d1", "holds"))));
    }

    [Fact]
    public void A_failed_check_digit_is_a_reason_and_so_is_the_reporters_flag()
    {
        var broken = Passport(Genuine.Replace("8403021M", "8403027M", StringComparison.Ordinal), flagged: true);

        var reason = Forgery.ReasonFor(ReadOn, broken, Report([broken]));

        Assert.StartsWith("reported; ", reason);
        Assert.Contains("check digit for the date of birth is 7 but should be 1", reason);
    }

    [Fact]
    public void The_one_linked_persons_birth_date_must_agree_with_the_zone_but_with_two_people_neither_is_the_holder()
    {
        var passport = Passport(Genuine);

        Assert.Contains("date of birth", Forgery.ReasonFor(ReadOn, passport, Report([passport, Person("p1", "1990-01-01")], new ReportLink("p1", "d1", "holds"))));
        Assert.Null(Forgery.ReasonFor(ReadOn, passport, Report([passport, Person("p1", "1990-01-01"), Person("p2", "1984-03-02")],
            new ReportLink("p1", "d1", "holds"), new ReportLink("d1", "p2", "belongs-to"))));
    }
}
