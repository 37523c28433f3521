using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>One man's name as different registers, alphabets and habits write it, with the birth date to confirm him.</summary>
[Collection(VariationCollection.Name)]
public sealed class NameFormVariationTests(VariationFixture fixture)
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task Kurmanji_letters_are_the_same_man_as_his_English_spelling()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // Kurmanji's Ş is "sh", ê is "e" and C is "j": Caf and Jaf are one family name.
        var kurmanji = await PersonOfAsync(krg, Person("var-kurmanji-1", "Şêrzad Hêmin Caf", "1988-11-02", Everyone));
        var english = await PersonOfAsync(nca, Person("var-kurmanji-2", "Sherzad Hemin Jaf", "1988-11-02", Everyone));

        Resolved.AsOne(("Şêrzad Hêmin Caf", kurmanji), ("Sherzad Hemin Jaf", english));
    }

    [Fact]
    public async Task Kurmanji_vowels_are_the_same_man_as_his_English_spelling()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // Kurmanji writes the short vowels Arabic leaves out as it hears them: Mihemed is Mohammed, Hesen is Hassan.
        var kurmanji = await PersonOfAsync(krg, Person("var-kurmanji-3", "Mihemed Hesen Berwarî", "1985-06-14", Everyone));
        var english = await PersonOfAsync(nca, Person("var-kurmanji-4", "Mohammed Hassan Barwari", "1985-06-14", Everyone));

        Resolved.AsOne(("Mihemed Hesen Berwarî", kurmanji), ("Mohammed Hassan Barwari", english));
    }

    [Fact]
    public async Task A_name_without_the_fathers_name_is_the_same_man_as_with_it()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        // Western forms drop the father's name that Kurdish registers put between given and family name.
        var shortName = await PersonOfAsync(nca, Person("var-father-1", "Karwan Doski", "1976-03-19", Everyone));
        var fullName = await PersonOfAsync(krg, Person("var-father-2", "Karwan Jamal Doski", "1976-03-19", Everyone));

        Resolved.AsOne(("Karwan Doski", shortName), ("Karwan Jamal Doski", fullName));
    }

    [Fact]
    public async Task A_register_name_written_family_name_first_with_or_without_a_comma_is_the_same_man()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");

        var givenFirst = await PersonOfAsync(nca, Person("var-order-1", "Dilshad Omar Barzani", "1982-07-07", Everyone));
        var comma = await PersonOfAsync(iraq, Person("var-order-2", "BARZANI, Dilshad Omar", "1982-07-07", Everyone));
        // Border lists often drop the comma: the family name still comes first.
        var noComma = await PersonOfAsync(iraq, Person("var-order-3", "Barzani Dilshad Omar", "1982-07-07", Everyone));

        Resolved.AsOne(("Dilshad Omar Barzani", givenFirst), ("BARZANI, Dilshad Omar", comma), ("Barzani Dilshad Omar", noComma));
    }

    [Fact]
    public async Task A_name_typed_with_its_space_moved_is_found_and_is_the_same_man()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");

        var written = await PersonOfAsync(nca, Person("var-space-1", "Laurent Nkwabeza", "1967", Everyone, nationality: "COD"));
        // No word and no full birth date in common: only the letters, with the space a letter early, find the first.
        var slipped = await PersonOfAsync(iraq, Person("var-space-2", "Lauren Tnkwabeza", "1967", Everyone, nationality: "COD"));

        Resolved.AsOne(("Laurent Nkwabeza", written), ("Lauren Tnkwabeza", slipped));
    }

    [Fact]
    public async Task A_nickname_sharing_the_email_and_birth_date_is_the_same_man()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var homeOffice = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-homeoffice-feed");

        var formal = await PersonOfAsync(nca, Person("var-nickname-1", "Robert Jameson", "1972-05-30", Everyone, email: "r.jameson72@example.co.uk", nationality: "GBR"));
        var nickname = await PersonOfAsync(homeOffice, Person("var-nickname-2", "Bob Jameson", "1972-05-30", Everyone, email: "r.jameson72@example.co.uk", nationality: "GBR"));

        Resolved.AsOne(("Robert Jameson", formal), ("Bob Jameson", nickname));
    }

    [Fact]
    public async Task A_given_name_alone_is_the_man_whose_family_name_his_own_email_spells()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // A report may give one word of a name: his address gives the rest.
        var fullName = await PersonOfAsync(nca, Person("var-email-name-1", "Hawre Doski", "1988-04-12", Everyone));
        var givenName = await PersonOfAsync(krg, Person("var-email-name-2", "Hawre", "1988-04-12", Everyone, email: "hawre.doski88@mail.iq"));
        // Another Hawre born that day, whose address names no family, stays apart.
        var anotherHawre = await PersonOfAsync(krg, Person("var-email-name-3", "Hawre", "1988-04-12", Everyone, email: "hawre88@mail.iq"));

        Resolved.AsOne(("Hawre Doski", fullName), ("Hawre with hawre.doski88@", givenName));
        Resolved.Apart(("Hawre Doski", fullName), ("Hawre with hawre88@", anotherHawre));
    }

    [Fact]
    public async Task A_family_name_with_two_letters_moved_by_a_copyist_is_the_same_man_and_twins_stay_apart()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");

        // Zebari copied from a hand-written list as Bezari: the same letters, most in place.
        var typed = await PersonOfAsync(krg, Person("var-scrambled-1", "Nechirvan Zebari", "1979-09-14", Everyone));
        var copied = await PersonOfAsync(iraq, Person("var-scrambled-2", "Nechirvan Bezari", "1979-09-14", Everyone));
        // Mahdi and Hamid share their letters, but moved: twins born that day, two men.
        var mahdi = await PersonOfAsync(krg, Person("var-scrambled-3", "Mahdi Zebari", "1991-02-21", Everyone));
        var hamid = await PersonOfAsync(iraq, Person("var-scrambled-4", "Hamid Zebari", "1991-02-21", Everyone));

        Resolved.AsOne(("Nechirvan Zebari", typed), ("Nechirvan Bezari", copied));
        Resolved.Apart(("Mahdi Zebari", mahdi), ("Hamid Zebari", hamid));
    }
}
