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

    [Fact]
    public async Task A_man_named_family_name_first_at_his_street_address_is_one_man_and_at_his_town_alone_is_left_to_an_analyst()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // No birth date; the border list writes the family name first, in its own spelling, without the father's name,
        // and takes the Kurd for a Syrian: a street address is what ties the two reports, a town is not enough.
        var atHome = await PersonOfAsync(krg, Person("var-address-1", "Hemin Sarwar Rekani", null, Everyone, nationality: "IRQ",
            places: [("27 Shorish Street, Sulaymaniyah", "lives-at")]));
        var listedAtHome = await PersonOfAsync(nca, Person("var-address-2", "REKANY, Hemin", null, Everyone, nationality: "SYR",
            places: [("27 Shorish Street, Sulaymaniyah", "lives-at")]));
        var inTown = await PersonOfAsync(krg, Person("var-address-3", "Aram Nawzad Hawrami", null, Everyone, nationality: "IRQ",
            places: [("Ranya", "lives-in")]));
        var listedInTown = await PersonOfAsync(nca, Person("var-address-4", "HAWRAMY, Aram", null, Everyone, nationality: "SYR",
            places: [("Ranya", "lives-in")]));

        Resolved.AsOne(("Hemin Sarwar Rekani at 27 Shorish Street", atHome), ("REKANY, Hemin at 27 Shorish Street", listedAtHome));
        Resolved.Apart(("Aram Nawzad Hawrami in Ranya", inTown), ("HAWRAMY, Aram in Ranya", listedInTown));
    }

    [Fact]
    public async Task A_street_address_written_in_another_order_and_abbreviated_is_the_same_household()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // The border list abbreviates the street and puts the house number first, as British partners do; the
        // Kurdish report writes it in full, number last. Nothing else ties the two reports but the household.
        var written = await PersonOfAsync(krg, Person("var-address-5", "Shvan Karim Baban", null, Everyone, nationality: "IRQ",
            places: [("Salim Street 14, Sulaymaniyah", "lives-at")]));
        var listed = await PersonOfAsync(nca, Person("var-address-6", "BABAN, Shvan", null, Everyone, nationality: "SYR",
            places: [("No. 14, Salim St., Sulaymaniyah", "lives-at")]));

        Resolved.AsOne(("Shvan Karim Baban at Salim Street 14", written), ("BABAN, Shvan at No. 14, Salim St.", listed));
    }

    [Fact]
    public async Task A_home_town_one_agency_writes_in_Arabic_script_is_not_taken_for_another_town_than_the_one_written_in_Latin_letters()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // The Kurdish report writes the town as it is signposted at home, the British one as the Foreign Office spells it:
        // their letters have nothing in common, and must not count against the name and nationality that agree.
        var home = await PersonOfAsync(krg, Person("var-places-4", "Sirwan Hoshyar Zebari", null, Everyone, nationality: "IRQ", places: [("أربيل", "lives-in")]));
        var abroad = await PersonOfAsync(nca, Person("var-places-5", "Sirwan Hoshyar Zebari", null, Everyone, nationality: "IRQ", places: [("Erbil", "lives-in")]));

        Resolved.AsOne(("Sirwan Hoshyar Zebari, living in أربيل", home), ("Sirwan Hoshyar Zebari, living in Erbil", abroad));
    }

    [Fact]
    public async Task Where_a_man_was_seen_on_his_way_neither_tells_him_apart_nor_ties_him_to_a_namesake_seen_there()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // The Kurdish report says where he lives; the British one where he was seen waiting for a crossing.
        var home = await PersonOfAsync(krg, Person("var-places-7", "Goran Azad Mirza", null, Everyone, nationality: "IRQ", places: [("Ranya", "lives-in")]));
        var seen = await PersonOfAsync(nca, Person("var-places-8", "Goran Azad Mirza", null, Everyone, nationality: "IRQ", places: [("Calais", "seen-at")]));
        var elsewhere = await PersonOfAsync(nca, Person("var-places-9", "Goran Azad Mirza", null, Everyone, nationality: "IRQ", places: [("Basra", "lives-in")]));

        // Two men of one common name, with nothing else about them, both seen at the camp where thousands wait.
        var waiting = await PersonOfAsync(nca, Person("var-places-10", "Soran Jalal Barzinji", null, Everyone, places: [("Calais", "seen-at")]));
        var alsoWaiting = await PersonOfAsync(krg, Person("var-places-11", "Soran Jalal Barzinji", null, Everyone, places: [("Calais", "seen-at")]));

        Resolved.AsOne(("Goran Azad Mirza, living in Ranya", home), ("Goran Azad Mirza, seen at Calais", seen));
        Resolved.Apart(("Goran Azad Mirza, living in Ranya", home), ("Goran Azad Mirza, living in Basra", elsewhere));
        Resolved.Apart(("Soran Jalal Barzinji, seen at Calais", waiting), ("Soran Jalal Barzinji, also seen at Calais", alsoWaiting));
    }
}
