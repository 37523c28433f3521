using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii.Import;

namespace Intel.Ingestion.Tests.Stix;

/// <summary>A report exported as STIX 2.1: valid by the OASIS schemas, with OpenCTI's ids and TLP 2.0 markings.</summary>
public sealed class StixExportTests
{
    [Fact]
    public void Every_object_of_an_exported_report_is_valid_by_the_OASIS_schemas()
    {
        var objects = ReportExport.Objects(StixReports.EveryEntityType());

        var errors = objects.SelectMany(StixSchemas.Errors).ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.Equal(
            ["bank-account", "cryptocurrency-wallet", "email-addr", "hawala-account", "identity", "identity-document", "location",
             "marking-definition", "outboard-engine", "phone-number", "relationship", "report", "user-account", "vehicle", "vessel"],
            objects.Select(o => o["type"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schemas_refuse_an_object_that_breaks_them()
    {
        var objects = ReportExport.Objects(StixReports.EveryEntityType());
        var person = objects.First(o => o["type"]!.GetValue<string>() == "identity").DeepClone().AsObject();
        person.Remove("name");
        var phone = Single(objects, "phone-number").DeepClone().AsObject();
        phone["id"] = "phone-number--not-a-uuid";
        var relationship = objects.First(o => o["type"]!.GetValue<string>() == "relationship").DeepClone().AsObject();
        relationship["modified"] = "yesterday";

        Assert.NotEmpty(StixSchemas.Errors(person));
        Assert.NotEmpty(StixSchemas.Errors(phone));
        Assert.NotEmpty(StixSchemas.Errors(relationship));
    }

    [Fact]
    public void The_served_extension_definitions_are_valid_and_name_every_extension_an_export_uses()
    {
        var definitions = IntelExtensions.All.Select(e => e.Definition()).ToList();
        var used = ReportExport.Objects(StixReports.EveryEntityType())
            .SelectMany(o => o["extensions"]?.AsObject().Select(e => e.Key) ?? [])
            .Where(key => key != TlpMarkings.ExtensionId).ToHashSet();

        Assert.Empty(definitions.SelectMany(StixSchemas.Errors));
        Assert.Empty(StixSchemas.Errors(IntelExtensions.Platform));
        Assert.Subset(definitions.Select(d => d["id"]!.GetValue<string>()).ToHashSet(), used);
    }

    [Fact]
    public void A_phone_gets_the_id_OpenCTI_gives_it_however_it_was_written()
    {
        var national = ReportExport.Objects(StixReports.EveryEntityType(phone: "07700 900123"));
        var international = ReportExport.Objects(StixReports.EveryEntityType(agency: "krg-security", phone: "+44 7700 900123"));

        Assert.Equal("phone-number--8d8be6ac-5487-5932-8c2e-47ec0c944450", Single(national, "phone-number")["id"]!.GetValue<string>());
        Assert.Equal(Single(national, "phone-number")["id"]!.GetValue<string>(), Single(international, "phone-number")["id"]!.GetValue<string>());
        Assert.Equal("+447700900123", Single(national, "phone-number")["value"]!.GetValue<string>());
        Assert.Equal("bank-account--c88c2c9d-872d-56bc-b608-6a6b82b10e8a", Single(national, "bank-account")["id"]!.GetValue<string>());
        Assert.Contains(national, o => o["id"]!.GetValue<string>() == "identity--56f9572c-8f9f-5195-95f9-2f940a7ce43c");
    }

    [Theory]
    [InlineData("clear", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487")]
    [InlineData("amber+strict", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003")]
    [InlineData("red", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1")]
    public void Every_object_carries_the_OASIS_TLP_2_marking_of_its_report(string tlp, string marking)
    {
        var objects = ReportExport.Objects(StixReports.EveryEntityType(tlp: tlp));

        Assert.All(objects.Where(o => o["type"]!.GetValue<string>() is not ("marking-definition" or "identity") || o.ContainsKey("object_marking_refs")),
            o => Assert.Equal(marking, o["object_marking_refs"]![0]!.GetValue<string>()));
        Assert.Equal(marking, Single(objects, "marking-definition")["id"]!.GetValue<string>());
    }

    [Fact]
    public void Grading_and_releasability_travel_on_every_object_of_the_report()
    {
        var objects = ReportExport.Objects(StixReports.EveryEntityType()).Where(o => o.ContainsKey("object_marking_refs")).ToList();

        Assert.All(objects, o =>
        {
            var extensions = o["extensions"]!.AsObject();
            Assert.Equal("C", extensions[IntelExtensions.Grading.Id]!["handling"]!.GetValue<string>());
            Assert.Equal("Not for court use", extensions[IntelExtensions.Grading.Id]!["conditions"]!.GetValue<string>());
            Assert.Equal("uk-nca", extensions[IntelExtensions.Releasability.Id]!["originator"]!.GetValue<string>());
            Assert.Equal("krg-security", extensions[IntelExtensions.Releasability.Id]!["releasable_to"]![0]!.GetValue<string>());
        });
    }

    [Fact]
    public void An_organisation_carries_its_other_names_jurisdiction_and_registration_number_in_our_entity_extension_and_imports_back_with_them()
    {
        var organisation = ReportExport.Objects(StixReports.EveryEntityType())
            .Single(o => o["type"]!.GetValue<string>() == "identity" && o["name"]?.GetValue<string>() == "Karwan Travel");

        var extension = organisation["extensions"]![IntelExtensions.Entity.Id]!;
        Assert.Equal("01234567", extension["registration_number"]!.GetValue<string>());
        Assert.Equal("GB", extension["country"]!.GetValue<string>());
        Assert.Equal("Karwan Tours", extension["aliases"]![0]!.GetValue<string>());
        var imported = EntityImport.For(organisation, "o1")!;
        Assert.Equal(("organisation", "01234567", "GB", "Karwan Tours"), (imported["type"]!.GetValue<string>(),
            imported["registrationNumber"]!.GetValue<string>(), imported["country"]!.GetValue<string>(), imported["aliases"]![0]!.GetValue<string>()));
    }

    private static JsonObject Single(IEnumerable<JsonObject> objects, string type) => objects.Single(o => o["type"]!.GetValue<string>() == type);
}
