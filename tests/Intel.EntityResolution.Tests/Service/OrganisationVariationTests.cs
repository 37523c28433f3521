using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>
/// Organisations named with and without their legal form, in another case or script, are one organisation; a
/// registration number in its register is one firm whatever its name, and two numbers in one register two firms.
/// </summary>
[Collection(VariationCollection.Name)]
public sealed class OrganisationVariationTests(VariationFixture fixture)
{
    [Fact]
    public async Task A_company_written_with_another_legal_form_and_case_is_one_organisation_and_another_firm_is_not()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        var limited = await OrganisationOfAsync(nca, "var-org-1", Organisation("Al-Noor Zakho Travel Co. Ltd"));
        var company = await OrganisationOfAsync(krg, "var-org-2", Organisation("AL NOOR ZAKHO TRAVEL COMPANY"));
        var other = await OrganisationOfAsync(krg, "var-org-3", Organisation("Noor Zakho Cargo Ltd"));

        Resolved.AsOne(("Al-Noor Zakho Travel Co. Ltd", limited), ("AL NOOR ZAKHO TRAVEL COMPANY", company));
        Resolved.Apart(("Al-Noor Zakho Travel Co. Ltd", limited), ("Noor Zakho Cargo Ltd", other));
    }

    [Fact]
    public async Task One_registration_number_however_written_makes_differently_named_companies_one_and_shows_once_with_every_report()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var ho = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-homeoffice-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");

        // No name key is shared: "noor erbil travel", "alnoor erbil tourism", "erbil crossings agency".
        var travel = await OrganisationOfAsync(nca, "var-org-reg-1", Organisation("Al-Noor Erbil Travel Ltd", "01234567", "GB"));
        var tourism = await OrganisationOfAsync(krg, "var-org-reg-2", Organisation("Alnoor Erbil Tourism Company", "0123 4567", "gb"));
        var dashed = await OrganisationOfAsync(ho, "var-org-reg-3", Organisation("Erbil Crossings Agency", "01-234-567", "GB", "Alnoor Erbil Tours"));

        Resolved.AsOne(("Al-Noor Erbil Travel Ltd, 01234567", travel), ("Alnoor Erbil Tourism Company, 0123 4567", tourism),
            ("Erbil Crossings Agency, 01-234-567", dashed));
        var entity = await GetAsync(analyst, $"/api/v1/entities/{travel}");
        var registration = Assert.Single(entity.GetProperty("attributes").GetProperty("registrationNumber").EnumerateArray());
        Assert.Equal("GB/01234567", registration.GetProperty("value").GetString());
        Assert.Equal(["var-org-reg-1", "var-org-reg-2", "var-org-reg-3"],
            registration.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reference").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("Alnoor Erbil Tours", entity.GetProperty("attributes").GetProperty("alias").EnumerateArray().Select(a => a.GetProperty("value").GetString()));
        var found = await GetAsync(analyst, $"/api/v1/entities?selector={Uri.EscapeDataString("organisation-registration:gb/0123 4567")}");
        Assert.Equal(travel, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("entity").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_company_named_alone_takes_its_number_but_a_namesake_with_another_number_in_that_register_is_another_firm()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        var named = await OrganisationOfAsync(krg, "var-org-same-1", Organisation("Zakho Star Trading Ltd"));
        var numbered = await OrganisationOfAsync(nca, "var-org-same-2", Organisation("Zakho Star Trading Limited", "08765432", "GB"));
        var namesake = await OrganisationOfAsync(nca, "var-org-same-3", Organisation("ZAKHO STAR TRADING LTD", "SC612345", "GB"));
        var namesakeAgain = await OrganisationOfAsync(krg, "var-org-same-4", Organisation("Zakho Star Trading", "sc 612 345", "GB"));

        Resolved.AsOne(("Zakho Star Trading Ltd", named), ("Zakho Star Trading Limited, GB 08765432", numbered));
        Resolved.Apart(("Zakho Star Trading Limited, GB 08765432", numbered), ("ZAKHO STAR TRADING LTD, GB SC612345", namesake));
        Resolved.AsOne(("ZAKHO STAR TRADING LTD, GB SC612345", namesake), ("Zakho Star Trading, GB sc 612 345", namesakeAgain));
    }

    [Fact]
    public async Task Two_namesakes_with_two_numbers_in_one_register_named_by_one_report_are_two_firms()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var first = Organisation("Soran Logistics Ltd", "11223344", "GB");
        var second = Organisation("Soran Logistics Limited", "55667788", "GB");
        second["ref"] = "o2";
        var report = ReportOf("var-org-pair-1", first);
        report["entities"]!.AsArray().Add(second);

        var resolved = await ResolvedAsync(nca, await SubmitAsync(nca, report));

        Resolved.Apart(("Soran Logistics Ltd, GB 11223344", resolved["o1"]), ("Soran Logistics Limited, GB 55667788", resolved["o2"]));
    }

    [Fact]
    public async Task A_firm_named_shorter_at_its_address_is_that_firm_and_another_firm_at_the_address_is_not()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        const string Address = "14 Gulan Street, Erbil";

        var agency = await OrganisationOfAsync(nca, "var-org-at-1", Organisation("Rawanduz Crossings Agency"), Address);
        var shorter = await OrganisationOfAsync(krg, "var-org-at-2", Organisation("Rawanduz Crossings Ltd"), "14, Gulan Street, ERBIL");
        var neighbour = await OrganisationOfAsync(krg, "var-org-at-3", Organisation("Rawanduz Cargo"), Address);
        var town = await OrganisationOfAsync(nca, "var-org-at-4", Organisation("Rawanduz Crossings Agency Office"), "Erbil");

        Resolved.AsOne(("Rawanduz Crossings Agency at 14 Gulan Street", agency), ("Rawanduz Crossings Ltd at 14 Gulan Street", shorter));
        Resolved.Apart(("Rawanduz Crossings Agency at 14 Gulan Street", agency), ("Rawanduz Cargo at 14 Gulan Street", neighbour));
        Resolved.Apart(("Rawanduz Crossings Agency at 14 Gulan Street", agency), ("Rawanduz Crossings Agency Office in Erbil", town));
    }

    [Fact]
    public async Task A_registration_number_without_its_country_or_without_letters_or_digits_is_refused_naming_the_field()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        var errors = await RefusedAsync(nca, "var-org-bad-1", new JsonObject { ["ref"] = "o1", ["type"] = "organisation", ["name"] = "Duhok Freight Ltd", ["registrationNumber"] = "01234567" });
        Assert.Equal(["Required when registrationNumber is given."], errors.GetProperty("entities[0].country").EnumerateArray().Select(e => e.GetString()));

        errors = await RefusedAsync(nca, "var-org-bad-2", Organisation("Duhok Freight Ltd", "- / -", "GB"));
        Assert.Equal(["Must contain at least one letter or digit."], errors.GetProperty("entities[0].registrationNumber").EnumerateArray().Select(e => e.GetString()));
    }

    private static JsonObject Organisation(string name, string? registrationNumber = null, string? country = null, params string[] aliases)
    {
        var organisation = new JsonObject { ["ref"] = "o1", ["type"] = "organisation", ["name"] = name };
        if (registrationNumber is not null)
        {
            organisation["registrationNumber"] = registrationNumber;
            organisation["country"] = country;
        }
        if (aliases.Length > 0)
        {
            organisation["aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode)a)]);
        }
        return organisation;
    }

    private static JsonObject ReportOf(string reference, JsonObject organisation, string? address = null)
    {
        var report = Person(reference, "Placeholder Person", null, ["*"]);
        report["entities"] = new JsonArray(organisation);
        if (address is not null)
        {
            report["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "l1", ["type"] = "location", ["name"] = address, ["country"] = "IQ" });
            report["links"] = new JsonArray(new JsonObject { ["from"] = "o1", ["to"] = "l1", ["type"] = "located-at" });
        }
        return report;
    }

    private static async Task<Guid> OrganisationOfAsync(HttpClient feed, string reference, JsonObject organisation, string? address = null) =>
        (await ResolvedAsync(feed, await SubmitAsync(feed, ReportOf(reference, organisation, address))))["o1"];

    private static async Task<JsonElement> RefusedAsync(HttpClient feed, string reference, JsonObject organisation)
    {
        using var response = await feed.PostAsJsonAsync("/api/v1/reports", ReportOf(reference, organisation));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errors").Clone();
    }
}
