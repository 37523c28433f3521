using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>A person record carries what the report says of the person and the identifiers it links to them.</summary>
public sealed class PersonRecordsTests
{
    [Fact]
    public void The_phones_and_documents_the_report_links_to_the_person_become_theirs()
    {
        var person = new ReportedEntity { Ref = "p1", Type = "person", Name = "Mohammed Abdulrahman Al-Barzani", Aliases = ["محمد عبدالرحمن البرزاني", "Abu Karwan"], DateOfBirth = "1984-03-02", Nationality = "IQ", Gender = "male" };
        var phone = new ReportedEntity { Ref = "ph1", Type = "phone", Number = "0750 123 4567", Country = "IQ" };
        var passport = new ReportedEntity { Ref = "d1", Type = "document", DocumentType = "passport", Number = "A12345678", IssuingCountry = "IRQ" };
        var paid = new ReportedEntity { Ref = "a1", Type = "account", Iban = "GB82 WEST 1234 5698 7654 32" };
        var record = PersonRecords.From(7, person, [person, phone, passport, paid],
            [new ReportLink("p1", "ph1", "uses"), new ReportLink("p1", "d1", "holds"), new ReportLink("p1", "a1", "paid")]);

        Assert.Equal(3, record.Names.Count);
        Assert.Equal("IRQ", record.Nationality);
        Assert.Equal("m", record.Gender);
        Assert.Equal(new Intel.Standardisation.PartialDate(1984, 3, 2), record.BirthDate);
        Assert.Equal(
            [new RecordIdentifier(IdentifierKinds.Phone, "", "+9647501234567"), new RecordIdentifier(IdentifierKinds.Document, "IRQ/passport", "A12345678")],
            record.Identifiers);
    }

    [Fact]
    public void The_towns_a_man_is_from_are_kept_and_those_he_was_seen_passing_through_are_not()
    {
        var person = new ReportedEntity { Ref = "p1", Type = "person", Name = "Goran Azad Mirza" };
        ReportedEntity Town(string reference, string name) => new() { Ref = reference, Type = "location", Name = name };
        var record = PersonRecords.From(7, person, [person, Town("l1", "Ranya"), Town("l2", "Halabja"), Town("l3", "Calais"), Town("l4", "Dunkirk"), Town("l5", "Van")],
            [new ReportLink("p1", "l1", "lives-in"), new ReportLink("p1", "l2", "Born In"), new ReportLink("p1", "l3", "seen-at"),
             new ReportLink("p1", "l4", "Intercepted_off"), new ReportLink("p1", "l5", "last seen in")]);

        Assert.Equal(["ranya", "halabja"], record.Places);
    }

    [Fact]
    public void A_link_in_the_partners_own_words_makes_an_identifier_theirs_and_one_naming_someone_else_does_not()
    {
        var person = new ReportedEntity { Ref = "p1", Type = "person", Name = "Rawand Jalal Hamad" };
        var own = new ReportedEntity { Ref = "ph1", Type = "phone", Number = "0750 123 9876", Country = "IQ" };
        var called = new ReportedEntity { Ref = "ph2", Type = "phone", Number = "0751 555 0000", Country = "IQ" };
        var town = new ReportedEntity { Ref = "l1", Type = "location", Name = "Zakho" };
        var birthplace = new ReportedEntity { Ref = "l2", Type = "location", Name = "Duhok City" };
        var record = PersonRecords.From(8, person, [person, own, called, town, birthplace],
            [new ReportLink("p1", "ph1", "has-phone"), new ReportLink("p1", "ph2", "called"), new ReportLink("p1", "l1", "lives-in"), new ReportLink("l2", "p1", "birthplace-of")]);

        Assert.Equal([new RecordIdentifier(IdentifierKinds.Phone, "", "+9647501239876")], record.Identifiers);
        Assert.Equal(["zakho", "duhokcity"], record.Places);
    }

    [Fact]
    public void A_name_written_surname_first_with_a_comma_is_turned_round()
    {
        var name = PersonRecords.Name("Barzani, Mohammed Ali")!;

        Assert.Equal(["mhmd", "al", "brsn"], name.Tokens);
        Assert.Equal("Barzani, Mohammed Ali", name.Written);
    }
}
