using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

/// <summary>The ICAO 9303 specimen zones (Anna Maria Eriksson of Utopia) and deliberate slips in them.</summary>
public sealed class MrzTests
{
    private const string Td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private const string Td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private const string Td1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    private const string Td2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

    /// <summary>When the zones are read: dates the zone leaves open are taken as before it.</summary>
    private static readonly DateOnly ReadOn = new(2026, 6, 1);

    [Fact]
    public void The_ICAO_passport_specimen_reads_field_by_field_and_every_check_holds()
    {
        var zone = Mrz.Parse($"{Td3Line1}\n{Td3Line2}")!;

        Assert.Equal(MrzFormat.Td3, zone.Format);
        Assert.Equal("P", zone.DocumentType);
        Assert.Equal("UTO", zone.IssuingState);
        Assert.Equal("ERIKSSON", zone.Surname);
        Assert.Equal("ANNA MARIA", zone.GivenNames);
        Assert.Equal("L898902C3", zone.DocumentNumber);
        Assert.Equal("UTO", zone.Nationality);
        Assert.Equal(new PartialDate(1974, 8, 12), zone.DateOfBirth(ReadOn));
        Assert.Equal("F", zone.Sex);
        Assert.Equal(new DateOnly(2012, 4, 15), zone.DateOfExpiry);
        Assert.Equal("ZE184226B", zone.OptionalData);
        Assert.Equal(
            [MrzField.DocumentNumber, MrzField.DateOfBirth, MrzField.DateOfExpiry, MrzField.PersonalNumber, MrzField.Composite],
            zone.Checks.Select(c => c.Field));
        Assert.True(zone.ChecksPass);
    }

    [Fact]
    public void The_ICAO_TD1_identity_card_specimen_reads_and_checks()
    {
        var zone = Mrz.Parse(Td1)!;

        Assert.Equal(MrzFormat.Td1, zone.Format);
        Assert.Equal(("I", "UTO", "D23145890", "UTO"), (zone.DocumentType, zone.IssuingState, zone.DocumentNumber, zone.Nationality));
        Assert.Equal(("ERIKSSON", "ANNA MARIA", "F"), (zone.Surname, zone.GivenNames, zone.Sex));
        Assert.Equal(new PartialDate(1974, 8, 12), zone.DateOfBirth(ReadOn));
        Assert.Equal(new DateOnly(2012, 4, 15), zone.DateOfExpiry);
        Assert.Equal(4, zone.Checks.Count);
        Assert.True(zone.ChecksPass);
    }

    [Fact]
    public void The_ICAO_TD2_specimen_reads_and_checks()
    {
        var zone = Mrz.Parse(Td2)!;

        Assert.Equal(MrzFormat.Td2, zone.Format);
        Assert.Equal(("D23145890", "ERIKSSON", "ANNA MARIA"), (zone.DocumentNumber, zone.Surname, zone.GivenNames));
        Assert.Equal(new PartialDate(1974, 8, 12), zone.DateOfBirth(ReadOn));
        Assert.True(zone.ChecksPass);
    }

    [Fact]
    public void The_API_example_passport_MRZ_is_genuine_by_its_check_digits()
    {
        var zone = Mrz.Parse("P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02")!;

        Assert.True(zone.ChecksPass);
        Assert.Equal(("IRQ", "A12345678", "AL BARZANI", "MOHAMMED ABDULRAHMAN"), (zone.IssuingState, zone.DocumentNumber, zone.Surname, zone.GivenNames));
        Assert.Equal(new PartialDate(1984, 3, 2), zone.DateOfBirth(ReadOn));
        Assert.Equal(new DateOnly(2030, 1, 1), zone.DateOfExpiry);
        Assert.Equal("M", zone.Sex);
        Assert.Equal("", zone.OptionalData);
    }

    [Fact]
    public void A_passport_MRZ_with_a_wrong_birth_date_check_digit_is_flagged_and_says_which()
    {
        // Check digit 3 instead of 2, with the composite digit recomputed so that only the birth date fails.
        var zone = Mrz.Parse($"{Td3Line1}\nL898902C36UTO7408123F1204159ZE184226B<<<<<13")!;

        Assert.False(zone.ChecksPass);
        Assert.Equal([MrzField.DateOfBirth], zone.FailedChecks);
        var check = zone.Checks.Single(c => c.Field == MrzField.DateOfBirth);
        Assert.Equal(('3', 2), (check.Stated, check.Expected));
    }

    [Theory]
    [InlineData("L898902C37UTO7408122F1204159ZE184226B<<<<<10", MrzField.DocumentNumber)]
    [InlineData("L898902C36UTO7408122F1204158ZE184226B<<<<<10", MrzField.DateOfExpiry)]
    [InlineData("L898902C36UTO7408122F1204159ZE184226B<<<<<20", MrzField.PersonalNumber)]
    [InlineData("L898902C36UTO7408122F1204159ZE184226B<<<<<11", MrzField.Composite)]
    [InlineData("L898902C36UTO7408122F1204159ZE184226C<<<<<10", MrzField.PersonalNumber)]
    public void Each_check_digit_of_a_passport_is_verified(string line2, MrzField failing) =>
        Assert.Contains(failing, Mrz.Parse($"{Td3Line1}\n{line2}")!.FailedChecks);

    [Fact]
    public void A_changed_TD1_number_fails_its_own_check_and_the_composite() =>
        Assert.Equal([MrzField.DocumentNumber, MrzField.Composite], Mrz.Parse(Td1.Replace("D23145890", "D23145891"))!.FailedChecks);

    [Fact]
    public void A_document_number_longer_than_nine_characters_continues_in_the_optional_data()
    {
        var zone = Mrz.Parse("I<UTOD23145890<7349<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<")!;

        Assert.Equal("D23145890734", zone.DocumentNumber);
        Assert.True(zone.ChecksPass);
    }

    [Fact]
    public void A_visa_zone_has_no_composite_digit_to_fail()
    {
        var zone = Mrz.Parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<")!;

        Assert.Equal(MrzFormat.MrvA, zone.Format);
        Assert.Equal([MrzField.DocumentNumber, MrzField.DateOfBirth, MrzField.DateOfExpiry], zone.Checks.Select(c => c.Field));
        Assert.True(zone.ChecksPass);
        Assert.Equal(new PartialDate(1940, 9, 7), zone.DateOfBirth(ReadOn));
    }

    [Fact]
    public void A_zone_pasted_on_one_line_or_in_lower_case_with_spaces_still_reads()
    {
        Assert.True(Mrz.Parse(Td3Line1 + Td3Line2)!.ChecksPass);
        Assert.True(Mrz.Parse($"  {Td3Line1.ToLowerInvariant()}\r\n{Td3Line2[..20]} {Td3Line2[20..]}\n")!.ChecksPass);
    }

    [Fact]
    public void An_unknown_birth_day_is_kept_as_year_and_month()
    {
        // Day unknown ("<<"): the check digit is computed with the fillers as zero.
        var line2 = "L898902C36UTO7408<<" + Mrz.CheckDigit("7408<<") + "F1204159ZE184226B<<<<<1";
        line2 += Mrz.CheckDigit(line2[..10] + line2[13..20] + line2[21..43]);
        var zone = Mrz.Parse($"{Td3Line1}\n{line2}")!;

        Assert.True(zone.ChecksPass);
        Assert.Equal(new PartialDate(1974, 8), zone.DateOfBirth(ReadOn));
    }

    [Fact]
    public void Without_a_readable_expiry_the_holder_was_born_before_the_day_the_zone_is_read()
    {
        var line2 = "L898902C36UTO300101" + Mrz.CheckDigit("300101") + "F<<<<<<" + Mrz.CheckDigit("<<<<<<") + "ZE184226B<<<<<1";
        line2 += Mrz.CheckDigit(line2[..10] + line2[13..20] + line2[21..43]);
        var zone = Mrz.Parse($"{Td3Line1}\n{line2}")!;

        Assert.Null(zone.DateOfExpiry);
        Assert.Equal(new PartialDate(1930, 1, 1), zone.DateOfBirth(new DateOnly(2026, 6, 1)));
        Assert.Equal(new PartialDate(2030, 1, 1), zone.DateOfBirth(new DateOnly(2041, 6, 1)));
    }

    [Theory]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARÍA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_a_zone_is_refused(string? text) => Assert.Null(Mrz.Parse(text));

    [Theory]
    [InlineData("L898902C3", 6)]
    [InlineData("740812", 2)]
    [InlineData("120415", 9)]
    [InlineData("<<<<<<<<<<<<<<", 0)]
    public void Check_digits_use_7_3_1_weights(string field, int digit) => Assert.Equal(digit, Mrz.CheckDigit(field));
}
