using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>Organisations named with and without their legal form, in another case or script, are one organisation.</summary>
[Collection(VariationCollection.Name)]
public sealed class OrganisationVariationTests(VariationFixture fixture)
{
    [Fact]
    public async Task A_company_written_with_another_legal_form_and_case_is_one_organisation_and_another_firm_is_not()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        var limited = await OrganisationOfAsync(nca, "var-org-1", "Al-Noor Zakho Travel Co. Ltd");
        var company = await OrganisationOfAsync(krg, "var-org-2", "AL NOOR ZAKHO TRAVEL COMPANY");
        var other = await OrganisationOfAsync(krg, "var-org-3", "Noor Zakho Cargo Ltd");

        Resolved.AsOne(("Al-Noor Zakho Travel Co. Ltd", limited), ("AL NOOR ZAKHO TRAVEL COMPANY", company));
        Resolved.Apart(("Al-Noor Zakho Travel Co. Ltd", limited), ("Noor Zakho Cargo Ltd", other));
    }

    private static async Task<Guid> OrganisationOfAsync(HttpClient feed, string reference, string name)
    {
        var report = Person(reference, "Placeholder Person", null, ["*"]);
        report["entities"] = new JsonArray(new JsonObject { ["ref"] = "o1", ["type"] = "organisation", ["name"] = name });
        return (await ResolvedAsync(feed, await SubmitAsync(feed, report)))["o1"];
    }
}
