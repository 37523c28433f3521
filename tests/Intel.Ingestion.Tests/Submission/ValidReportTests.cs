using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

public sealed class ValidReportTests
{
    [Fact]
    public void Api_example_parses_with_every_field()
    {
        var report = ErrorAssert.Valid(Parse(ApiExample));

        Assert.Equal("NCA-2025-000123", report.Reference);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), report.ObservedAt);
        Assert.Equal("Facilitator arranging crossings from Dunkirk; uses two phones.", report.Summary);
        Assert.Equal(new("2", "B", "C", "Not for court use"), report.Grading);
        Assert.Equal("amber", report.Tlp);
        Assert.Equal(["krg-security", "iq-border"], report.ReleasableTo);
        Assert.Equal(new("Erbil International Airport", "IQ", 36.2376, 43.9632), report.Location);
        Assert.Equal(["p1", "ph1", "d1", "e1", "s1"], report.Entities.Select(e => e.Ref));
        Assert.Equal(["person", "phone", "document", "engine", "social"], report.Entities.Select(e => e.Type));
        Assert.Equal([new("p1", "ph1", "uses"), new("p1", "d1", "holds")], report.Links);
    }

    [Fact]
    public void Api_example_entities_keep_their_fields()
    {
        var entities = ErrorAssert.Valid(Parse(ApiExample)).Entities;

        var person = entities[0];
        Assert.Equal("Mohammed Abdulrahman Al-Barzani", person.Name);
        Assert.Equal(["محمد عبدالرحمن البرزاني", "Abu Karwan"], person.Aliases!);
        Assert.Equal("1984-03-02", person.DateOfBirth);
        Assert.Equal("IRQ", person.Nationality);
        Assert.Equal("male", person.Gender);

        Assert.Equal("0750 123 4567", entities[1].Number);
        Assert.Equal("IQ", entities[1].Country);

        var document = entities[2];
        Assert.Equal("passport", document.DocumentType);
        Assert.Equal("A12345678", document.Number);
        Assert.Equal("IRQ", document.IssuingCountry);
        Assert.Equal(
            "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02",
            document.Mrz);
        Assert.False(document.SuspectedForgery);

        Assert.Equal(("Yamaha", "40HP", "6BG-1012345"), (entities[3].Make, entities[3].Model, entities[3].Serial));
        Assert.Equal(("facebook", "karwan.travel.eu"), (entities[4].Platform, entities[4].Handle));
        Assert.Null(entities[4].Url);
    }

    [Fact]
    public void Defaults_apply_when_optional_fields_are_absent()
    {
        var report = ErrorAssert.Valid(Parse(Minimal));

        Assert.Equal("amber", report.Tlp);
        Assert.Empty(report.ReleasableTo);
        Assert.Empty(report.Links);
        Assert.Null(report.ObservedAt);
        Assert.Null(report.Summary);
        Assert.Null(report.Location);
        Assert.Null(report.Grading.Conditions);
    }

    [Fact]
    public void Null_counts_as_absent_for_optional_fields()
    {
        var report = ErrorAssert.Valid(ParseMinimalWith(body =>
        {
            body["observedAt"] = null;
            body["summary"] = null;
            body["tlp"] = null;
            body["releasableTo"] = null;
            body["location"] = null;
            body["links"] = null;
            body.Object("grading")["conditions"] = null;
            body.Entity(0)["aliases"] = null;
            body.Entity(0)["gender"] = null;
        }));

        Assert.Equal("amber", report.Tlp);
        Assert.Empty(report.ReleasableTo);
        Assert.Null(report.Entities[0].Aliases);
        Assert.Null(report.Entities[0].Gender);
    }

    [Fact]
    public void Strings_are_trimmed_and_codes_and_enumerations_normalised()
    {
        var report = ErrorAssert.Valid(ParseMinimalWith(body =>
        {
            body["reference"] = "  R-1  ";
            body["location"] = new JsonObject { ["country"] = "iq" };
            body["entities"] = new JsonArray(
                JsonNode.Parse("""{ "ref": " p1 ", "type": "Person", "name": " Ali ", "nationality": "irq", "gender": "MALE" }"""),
                JsonNode.Parse("""{ "ref": "s1", "type": "social", "platform": "FaceBook", "handle": "Ali.K" }"""),
                JsonNode.Parse("""{ "ref": "d1", "type": "document", "number": "X1", "documentType": "Passport", "issuingCountry": "d" }"""));
        }));

        Assert.Equal("R-1", report.Reference);
        Assert.Equal("IQ", report.Location!.Country);
        var person = report.Entities[0];
        Assert.Equal(("p1", "person", "Ali", "IRQ", "male"), (person.Ref, person.Type, person.Name, person.Nationality, person.Gender));
        Assert.Equal(("facebook", "Ali.K"), (report.Entities[1].Platform, report.Entities[1].Handle));
        Assert.Equal(("passport", "D"), (report.Entities[2].DocumentType, report.Entities[2].IssuingCountry));
    }

    [Fact]
    public void Blank_optional_strings_count_as_absent()
    {
        var report = ErrorAssert.Valid(ParseMinimalWith(body =>
        {
            body["summary"] = "   ";
            body["tlp"] = " ";
            body.Entity(0)["gender"] = "";
        }));

        Assert.Null(report.Summary);
        Assert.Equal("amber", report.Tlp);
        Assert.Null(report.Entities[0].Gender);
    }

    [Fact]
    public void Every_entity_type_parses_with_all_its_fields()
    {
        var report = ErrorAssert.Valid(ParseMinimalWith(body => body["entities"] = JsonNode.Parse("""
            [
              { "ref": "m1", "type": "email", "address": "a.b@example.org" },
              { "ref": "v1", "type": "vessel", "hullId": "HX-1", "name": "Sea Star", "description": "Grey RIB, 9 m" },
              { "ref": "a1", "type": "account", "iban": "GB82 WEST 1234 5698 7654 32", "number": "12345678",
                "provider": "Barclays", "kind": "bank" },
              { "ref": "c1", "type": "vehicle", "plate": "AB12 CDE", "country": "gb", "vin": "WDB1234561A123456" },
              { "ref": "o1", "type": "organisation", "name": "Karwan Travel" },
              { "ref": "l1", "type": "location", "name": "Dunkirk beach", "country": "FR", "lat": 51.05, "lon": 2.37 },
              { "ref": "s1", "type": "social", "platform": "telegram", "url": "https://t.me/karwan" }
            ]
            """)));

        var e = report.Entities;
        Assert.Equal("a.b@example.org", e[0].Address);
        Assert.Equal(("HX-1", "Sea Star", "Grey RIB, 9 m"), (e[1].HullId, e[1].Name, e[1].Description));
        Assert.Equal(("GB82 WEST 1234 5698 7654 32", "12345678", "Barclays", "bank"), (e[2].Iban, e[2].Number, e[2].Provider, e[2].Kind));
        Assert.Equal(("AB12 CDE", "GB", "WDB1234561A123456"), (e[3].Plate, e[3].Country, e[3].Vin));
        Assert.Equal("Karwan Travel", e[4].Name);
        Assert.Equal(("Dunkirk beach", "FR", 51.05, 2.37), (e[5].Name, e[5].Country, e[5].Lat!.Value, e[5].Lon!.Value));
        Assert.Equal("https://t.me/karwan", e[6].Url);
    }
}
