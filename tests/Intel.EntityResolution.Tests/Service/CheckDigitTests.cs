using System.Net;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>An identifier whose own check digits fail is kept as reported, shown as failed, and never merged on.</summary>
[Collection(VariationCollection.Name)]
public sealed class CheckDigitTests(VariationFixture fixture)
{
    // GB82WEST12345698765432 with its last digit mistyped: mod-97 catches it.
    private const string MistypedIban = "GB82 WEST 1234 5698 7654 33";

    // The document number's check digit should be 4.
    private const string BrokenMrz = "P<IRQHAMAD<<SARDAR<<<<<<<<<<<<<<<<<<<<<<<<<<\nB987654325IRQ8403021M3001019<<<<<<<<<<<<<<02";

    private static JsonObject ReportOf(string reference, JsonObject entity) => new()
    {
        ["reference"] = reference,
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
        ["releasableTo"] = new JsonArray("*"),
        ["entities"] = new JsonArray(entity),
    };

    private static JsonObject Account(string iban) => new() { ["ref"] = "a1", ["type"] = "account", ["iban"] = iban, ["kind"] = "bank" };

    [Fact]
    public async Task Two_reports_of_one_mistyped_IBAN_stay_apart_and_each_entity_says_the_check_failed()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");

        var first = (await ResolvedAsync(nca, await SubmitAsync(nca, ReportOf("check-iban-1", Account(MistypedIban)))))["a1"];
        var second = (await ResolvedAsync(nca, await SubmitAsync(nca, ReportOf("check-iban-2", Account(MistypedIban)))))["a1"];

        Assert.NotEqual(first, second);
        var entity = await GetAsync(analyst, $"/api/v1/entities/{first}");
        Assert.True(entity.GetProperty("checkFailed").GetBoolean());
        Assert.Equal("the IBAN GB82WEST12345698765433 fails its mod-97 check digits", entity.GetProperty("checkReason").GetString());
        Assert.Equal(MistypedIban, entity.GetProperty("attributes").GetProperty("iban")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_valid_IBAN_shows_no_failed_check()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");

        var account = (await ResolvedAsync(nca, await SubmitAsync(nca, ReportOf("check-iban-3", Account("DE89 3704 0044 0532 0130 00")))))["a1"];

        var entity = await GetAsync(analyst, $"/api/v1/entities/{account}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entity.GetProperty("checkFailed").ValueKind);
    }

    [Fact]
    public async Task Two_documents_known_only_by_an_MRZ_whose_number_digit_fails_stay_apart()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        JsonObject Document() => new() { ["ref"] = "a1", ["type"] = "document", ["documentType"] = "passport", ["mrz"] = BrokenMrz };

        var first = (await ResolvedAsync(krg, await SubmitAsync(krg, ReportOf("check-mrz-1", Document()))))["a1"];
        var second = (await ResolvedAsync(krg, await SubmitAsync(krg, ReportOf("check-mrz-2", Document()))))["a1"];

        Assert.NotEqual(first, second);
        var entity = await GetAsync(analyst, $"/api/v1/entities/{first}");
        Assert.Contains("document number B98765432 is 5 but should be", entity.GetProperty("checkReason").GetString(), StringComparison.Ordinal);
        Assert.True(entity.GetProperty("suspectedForgery").GetBoolean());
    }

    [Fact]
    public async Task Searching_by_an_IBAN_that_fails_its_check_is_refused_naming_the_selector()
    {
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");

        using var response = await analyst.GetAsync("/api/v1/entities?selector=account:GB82WEST12345698765433");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"selector\"", body, StringComparison.Ordinal);
        Assert.Contains("mod-97", body, StringComparison.Ordinal);
    }
}
