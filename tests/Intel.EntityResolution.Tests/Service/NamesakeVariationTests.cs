using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>Different men whose names agree in part or in full: joining them would put one man's record on another.</summary>
[Collection(VariationCollection.Name)]
public sealed class NamesakeVariationTests(VariationFixture fixture)
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task Brothers_sharing_their_fathers_and_family_name_stay_two_men()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        var ahmed = await PersonOfAsync(krg, Person("var-brothers-1", "Ahmed Aziz Doski", "1980", Everyone));
        var rebwar = await PersonOfAsync(krg, Person("var-brothers-2", "Rebwar Aziz Doski", "1983", Everyone));

        Resolved.Apart(("Ahmed Aziz Doski, 1980", ahmed), ("Rebwar Aziz Doski, 1983", rebwar));
    }

    [Fact]
    public async Task Namesakes_born_on_different_full_dates_stay_two_men()
    {
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        var older = await PersonOfAsync(iraq, Person("var-namesakes-1", "Azad Salar Barwari", "1985-02-01", Everyone));
        var younger = await PersonOfAsync(nca, Person("var-namesakes-2", "Azad Salar Barwari", "1991-07-15", Everyone));

        Resolved.Apart(("Azad Salar Barwari, 1985-02-01", older), ("Azad Salar Barwari, 1991-07-15", younger));
    }

    [Fact]
    public async Task Two_identical_full_names_of_one_nationality_in_a_young_store_are_one_man()
    {
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        // Too few people are known to count how common the name is, but something besides it agrees and nothing
        // counts against it.
        var first = await PersonOfAsync(iraq, Person("var-fullname-1", "Hawre Sardar Pishdari", null, Everyone, nationality: "IRQ"));
        var second = await PersonOfAsync(krg, Person("var-fullname-2", "Hawre Sardar Pishdari", null, Everyone, nationality: "IRQ"));

        Resolved.AsOne(("Hawre Sardar Pishdari (iq-border)", first), ("Hawre Sardar Pishdari (krg-security)", second));
    }

    [Fact]
    public async Task A_full_name_and_nothing_else_in_a_young_store_is_put_to_an_analyst_because_how_common_it_is_is_not_known_yet()
    {
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-analyst");

        // A rare full name alone links once the store holds enough people to count names (the scoring tests);
        // among a few dozen, "Hassan Ali Mohammed" would look as rare as this one.
        var first = await PersonOfAsync(iraq, Person("var-bare-fullname-1", "Shwan Dilzar Hamawandi", null, Everyone));
        var second = await PersonOfAsync(krg, Person("var-bare-fullname-2", "Shwan Dilzar Hamawandi", null, Everyone));

        Resolved.Apart(("Shwan Dilzar Hamawandi (iq-border)", first), ("Shwan Dilzar Hamawandi (krg-security)", second));
        Assert.Equal(("nothing but the name agrees, and too few people are known yet to tell how common it is", "name-alone-too-few-known"),
            await HeldAsync(analyst, first, second));
    }

    [Fact]
    public async Task A_name_met_only_through_a_nickname_with_nothing_else_is_put_to_an_analyst_with_the_reason()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");

        var first = await PersonOfAsync(nca, Person("var-held-1", "Robert Alwyn Pennington", null, Everyone, nationality: "GBR"));
        var second = await PersonOfAsync(nca, Person("var-held-2", "Bob Alwyn Pennington", null, Everyone, nationality: "GBR"));

        Resolved.Apart(("Robert Alwyn Pennington", first), ("Bob Alwyn Pennington", second));
        Assert.Equal(("the names agree only with a variant, a shorter name or an initial, and nothing else ties them", "variant-alone"),
            await HeldAsync(analyst, first, second));
    }

    [Fact]
    public async Task A_bare_surname_joins_a_fuller_record_with_its_birth_date_and_email_but_not_with_the_date_alone()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        var fuller = await PersonOfAsync(nca, Person("var-surname-1", "Sarbast Nawzad Barwari", "1979-12-03", Everyone, email: "sarbast.b79@example.net"));
        var bare = await PersonOfAsync(krg, Person("var-surname-2", "Barwari", "1979-12-03", Everyone, email: "Sarbast.B79@example.net"));
        var dateOnly = await PersonOfAsync(krg, Person("var-surname-3", "Barwari", "1979-12-03", Everyone));

        Resolved.AsOne(("Sarbast Nawzad Barwari", fuller), ("Barwari, with his email", bare));
        Resolved.Apart(("Sarbast Nawzad Barwari", fuller), ("Barwari, with only his birth date", dateOnly));
    }

    [Fact]
    public async Task A_shared_email_joins_a_name_without_the_fathers_name_to_the_full_one()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");

        var full = await PersonOfAsync(nca, Person("var-email-1", "Dilshad Kamal Zebari", null, Everyone, email: "dilshad.zebari@example.org"));
        var shorter = await PersonOfAsync(iraq, Person("var-email-2", "Dilshad Zebari", null, Everyone, email: "dilshad.zebari@example.org"));
        var otherFull = await PersonOfAsync(nca, Person("var-email-3", "Soran Jalal Amedi", null, Everyone));
        var otherShorter = await PersonOfAsync(iraq, Person("var-email-4", "Soran Amedi", null, Everyone));

        Resolved.AsOne(("Dilshad Kamal Zebari", full), ("Dilshad Zebari, same email", shorter));
        Resolved.Apart(("Soran Jalal Amedi", otherFull), ("Soran Amedi, no email", otherShorter));
    }

    // Why the review queue's pair of these two entities was not linked: in English, and the code the console says it by.
    private static async Task<(string?, string?)> HeldAsync(HttpClient analyst, Guid first, Guid second)
    {
        var queue = await GetAsync(analyst, "/api/v1/entities/review?limit=500");
        var item = queue.GetProperty("items").EnumerateArray().Single(i =>
            new[] { i.GetProperty("entity").GetProperty("id").GetGuid(), i.GetProperty("candidate").GetProperty("id").GetGuid() }.Order().SequenceEqual(new[] { first, second }.Order()));
        var match = item.GetProperty("match");
        return (match.GetProperty("held").GetString(), match.GetProperty("heldReason").GetString());
    }

    [Fact]
    public async Task Brothers_reported_on_the_family_handset_stay_apart()
    {
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        // Two sons of Karwan Doski, no birth dates, each reported with the one phone the family uses: the handset is the
        // household's, as its flat is, so it tells them from strangers but not from each other.
        var omar = await PersonOfAsync(krg, Person("var-handset-1", "Omar Karwan Doski", null, Everyone, phone: "0750 441 2087"));
        var saman = await PersonOfAsync(nca, Person("var-handset-2", "Saman Karwan Doski", null, Everyone, phone: "+964 750 441 2087"));

        Resolved.Apart(("Omar Karwan Doski on the family phone", omar), ("Saman Karwan Doski on the family phone", saman));
    }
}

