using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>The places reports tie a man to: one names where he was born and where he lives, another only where he lives.</summary>
[Collection(VariationCollection.Name)]
public sealed class PlaceVariationTests(VariationFixture fixture)
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task A_man_reported_with_his_birthplace_and_his_home_is_the_man_another_agency_reports_at_that_home()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        var both = await PersonOfAsync(krg, Person("var-places-1", "Dilman Rebaz Qadir", null, Everyone, places: [("Ranya", "born-in"), ("Erbil", "lives-in")]));
        var home = await PersonOfAsync(nca, Person("var-places-2", "Dilman Rebaz Qadir", null, Everyone, places: [("Erbil", "lives-in")]));
        var elsewhere = await PersonOfAsync(nca, Person("var-places-3", "Dilman Rebaz Qadir", null, Everyone, places: [("Basra", "lives-in")]));

        Resolved.AsOne(("Dilman Rebaz Qadir, born in Ranya, living in Erbil", both), ("Dilman Rebaz Qadir, living in Erbil", home));
        Resolved.Apart(("Dilman Rebaz Qadir, born in Ranya, living in Erbil", both), ("Dilman Rebaz Qadir, living in Basra", elsewhere));
    }
}
