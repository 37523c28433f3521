using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>A passport, phone, social-media account or car two reports share joins spellings that the names alone might not.</summary>
[Collection(VariationCollection.Name)]
public sealed class IdentifierVariationTests(VariationFixture fixture)
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task One_passport_makes_two_transliterations_one_man_though_one_report_gives_only_his_birth_year()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        var english = await PersonOfAsync(nca, Person("var-passport-1", "Shwan Kareem Mustafa", "1987-08-14", Everyone, passport: "A8765432"));
        var kurdish = await PersonOfAsync(krg, Person("var-passport-2", "Shuan Karim Mistefa", "1987", Everyone, passport: "A8765432"));

        Resolved.AsOne(("Shwan Kareem Mustafa", english), ("Shuan Karim Mistefa", kurdish));
    }

    [Fact]
    public async Task One_phone_written_locally_and_internationally_makes_a_full_name_and_a_shorter_one_one_man()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // Neither report has a birth date: the number, once both are read as +964 750 123 9876, is the evidence.
        var local = await PersonOfAsync(krg, Person("var-phone-1", "Rawand Jalal Hamad", null, Everyone, phone: "0750 123 9876"));
        var international = await PersonOfAsync(nca, Person("var-phone-2", "Rawand Jalal", null, Everyone, phone: "+964 750 123 9876"));

        Resolved.AsOne(("Rawand Jalal Hamad, 0750 123 9876", local), ("Rawand Jalal, +964 750 123 9876", international));
    }

    [Fact]
    public async Task A_phone_written_nationally_with_no_country_is_the_international_number_it_spells()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // The Kurdish report writes the number as dialled at home and names no country for it: it cannot be read as
        // +964 750 318 4402, but its national part is that number's.
        var local = await PersonOfAsync(krg, Person("var-phone-3", "Darbaz Omer Salih", null, Everyone, phone: "0750 318 4402", phoneCountry: null));
        var international = await PersonOfAsync(nca, Person("var-phone-4", "Darbaz Omer", null, Everyone, phone: "+964 750 318 4402"));

        Resolved.AsOne(("Darbaz Omer Salih, 0750 318 4402", local), ("Darbaz Omer, +964 750 318 4402", international));
    }

    [Fact]
    public async Task One_facebook_account_given_as_a_link_and_as_a_handle_makes_a_full_name_and_a_shorter_one_one_man()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        // A shorter name needs something besides it; here the only thing besides it is the account he advertises crossings on.
        var linked = await PersonOfAsync(nca, Person("var-social-1", "Dilshad Omer Rasul", null, Everyone,
            social: ("Facebook", "https://www.facebook.com/Dilshad.Omer.88/")));
        var handle = await PersonOfAsync(krg, Person("var-social-2", "Dilshad Omer", null, Everyone, social: ("fb", "@dilshad.omer.88")));
        var stranger = await PersonOfAsync(krg, Person("var-social-3", "Dilshad Omer", null, Everyone, social: ("Facebook", "@dilshad.omer.travel")));

        Resolved.AsOne(("Dilshad Omer Rasul, facebook.com/Dilshad.Omer.88", linked), ("Dilshad Omer, @dilshad.omer.88", handle));
        Assert.NotEqual(linked, stranger);
    }

    [Fact]
    public async Task A_car_he_drives_makes_a_full_name_and_a_shorter_one_one_man_but_a_passenger_of_it_stays_apart()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var ho = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-homeoffice-feed");

        // One plate written two ways ("ab12 cde", "AB12CDE"); the only thing besides the shorter name is the van.
        var driver = await PersonOfAsync(nca, Person("var-vehicle-1", "Hawkar Aziz Salih", null, Everyone, vehicle: ("ab12 cde", "GB", "drives")));
        var keeper = await PersonOfAsync(ho, Person("var-vehicle-2", "Hawkar Aziz", null, Everyone, vehicle: ("AB12CDE", "GB", "registered-keeper")));
        // Found in the back of the same van: the van is not his.
        var passenger = await PersonOfAsync(ho, Person("var-vehicle-3", "Hawkar Aziz", null, Everyone, vehicle: ("AB12CDE", "GB", "found-in")));

        Resolved.AsOne(("Hawkar Aziz Salih, drives AB12 CDE", driver), ("Hawkar Aziz, keeps AB12CDE", keeper));
        Assert.NotEqual(driver, passenger);
    }
}
