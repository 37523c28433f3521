using System.Net;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

public sealed class PeopleFixture : PlatformFixture
{
    protected override string Name => "people";
}

/// <summary>People resolved by the engine inside the running service: across scripts and agencies, kept apart by their documents, explained in history.</summary>
public sealed class PeopleTests(PeopleFixture fixture) : IClassFixture<PeopleFixture>
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task One_man_written_three_ways_by_three_agencies_is_one_entity_and_a_namesake_is_not()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");

        var latin = await PersonOfAsync(nca, Person("people-1", "Rebwar Aziz Doski", "1979-06-01", Everyone, passport: "R7654321"));
        var spelt = await PersonOfAsync(krg, Person("people-2", "Rebwar Azeez Dosky", "1979-06-01", Everyone));
        var arabic = await PersonOfAsync(iraq, Person("people-3", "ريبوار عزيز دوسكي", "1979", Everyone, passport: "R7654321"));
        var namesake = await PersonOfAsync(nca, Person("people-4", "Rebwar Ahmed", "1992-11-20", Everyone));

        Assert.Equal(latin, spelt);
        Assert.Equal(latin, arabic);
        Assert.NotEqual(latin, namesake);
    }

    [Fact]
    public async Task Two_different_passports_of_one_country_keep_two_men_with_one_name_apart_and_one_passport_joins_spellings()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var first = await PersonOfAsync(nca, Person("passports-1", "Hawre Salih Mahmood", null, Everyone, passport: "H1111111"));
        var second = await PersonOfAsync(nca, Person("passports-2", "Hawre Salih Mahmood", null, Everyone, passport: "H2222222"));
        var again = await PersonOfAsync(nca, Person("passports-3", "Hawre Salih Mahmud", null, Everyone, passport: "H1111111"));

        Assert.NotEqual(first, second);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Every_decision_is_in_the_history_with_its_score_and_each_comparison()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var entity = await PersonOfAsync(nca, Person("history-1", "Dilshad Omar Barwari", "1975-09-09", Everyone, phone: "0751 222 3344"));
        Assert.Equal(entity, await PersonOfAsync(nca, Person("history-2", "Dilshad Omer Berwari", "1975-09-09", Everyone, phone: "+964 751 222 3344")));

        var history = await GetAsync(analyst, $"/api/v1/entities/{entity}/history");
        var linked = history.EnumerateArray().Last(e => e.GetProperty("type").GetString() == "mention-added").GetProperty("data");
        var match = linked.GetProperty("match");
        Assert.Equal("person-v2", match.GetProperty("weightsVersion").GetString());
        Assert.Equal("link", match.GetProperty("band").GetString());
        var comparisons = match.GetProperty("comparisons").EnumerateArray().ToDictionary(c => c.GetProperty("comparison").GetString()!, c => c.GetProperty("level").GetString());
        Assert.Equal("exact", comparisons["birthDate"]);
        Assert.Contains(linked.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("phone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_finds_the_person_in_another_script()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        var entity = await PersonOfAsync(krg, Person("search-1", "محمد عبدالرحمن البرزاني", "1984-03-02", Everyone));

        var found = await GetAsync(analyst, "/api/v1/entities?type=person&name=Muhammad%20Abdul%20Rahman%20Barzani&dateOfBirth=1984-03-02");

        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("entity").GetProperty("id").GetGuid() == entity);
        using var unnamed = await analyst.GetAsync("/api/v1/entities?type=person&name=%20");
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("\"name\"", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passport_whose_MRZ_fails_its_check_digit_is_flagged_on_the_entity_with_the_reason()
    {
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-analyst");
        var report = Person("forgery-1", "Mohammed Abdulrahman Al-Barzani", "1984-03-02", Everyone);
        report["entities"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["ref"] = "d9", ["type"] = "document", ["documentType"] = "passport", ["number"] = "A12345678", ["issuingCountry"] = "IRQ",
            // The document number's check digit should be 4; a forger changed it to 5.
            ["mrz"] = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456785IRQ8403021M3001019<<<<<<<<<<<<<<02",
        });
        var document = (await ResolvedAsync(iraq, await SubmitAsync(iraq, report)))["d9"];

        var entity = await GetAsync(analyst, $"/api/v1/entities/{document}");

        Assert.True(entity.GetProperty("suspectedForgery").GetBoolean());
        Assert.Contains("check digit", entity.GetProperty("forgeryReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_holding_both_mens_identifiers_merges_them_and_the_old_id_answers_with_mergedInto()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var byPhone = await PersonOfAsync(nca, Person("merge-auto-1", "Rebin Dara Aziz", null, Everyone, phone: "0750 999 0001"));
        var byPassport = await PersonOfAsync(nca, Person("merge-auto-2", "Rebin Dara Aziz", null, Everyone, passport: "R1234567"));
        Assert.NotEqual(byPhone, byPassport);

        var both = await PersonOfAsync(nca, Person("merge-auto-3", "Rebin Dara Aziz", null, Everyone, passport: "R1234567", phone: "+964 750 999 0001"));

        var gone = both == byPhone ? byPassport : byPhone;
        Assert.Contains(both, new[] { byPhone, byPassport });
        var old = await GetAsync(analyst, $"/api/v1/entities/{gone}");
        Assert.Equal("merged", old.GetProperty("status").GetString());
        Assert.Equal(both, old.GetProperty("mergedInto").GetGuid());
        Assert.Equal(3, (await GetAsync(analyst, $"/api/v1/entities/{both}")).GetProperty("mentions").GetArrayLength());
        var history = await GetAsync(analyst, $"/api/v1/entities/{both}/history");
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("type").GetString() == "entity-absorbed" && e.GetProperty("data").GetProperty("by").GetString() == "entity-resolution");
    }
}
