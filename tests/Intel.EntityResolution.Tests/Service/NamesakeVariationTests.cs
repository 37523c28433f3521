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
    public async Task Two_identical_common_names_of_one_nationality_with_nothing_else_stay_two_men()
    {
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        // Thousands of Iraqis carry this name: without a birth date or an identifier nothing says these are one man.
        var first = await PersonOfAsync(iraq, Person("var-common-1", "Hassan Ali Mohammed", null, Everyone, nationality: "IRQ"));
        var second = await PersonOfAsync(krg, Person("var-common-2", "Hassan Ali Mohammed", null, Everyone, nationality: "IRQ"));

        Resolved.Apart(("Hassan Ali Mohammed (iq-border)", first), ("Hassan Ali Mohammed (krg-security)", second));
    }

    [Fact]
    public async Task A_same_name_with_nothing_else_is_put_to_an_analyst_with_the_reason_it_was_not_linked()
    {
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-analyst");

        var first = await PersonOfAsync(iraq, Person("var-held-1", "Kawa Jamal Rashid", null, Everyone, nationality: "IRQ"));
        var second = await PersonOfAsync(iraq, Person("var-held-2", "Kawa Jamal Rashid", null, Everyone, nationality: "IRQ"));

        Resolved.Apart(("Kawa Jamal Rashid (first)", first), ("Kawa Jamal Rashid (second)", second));
        var queue = await GetAsync(analyst, "/api/v1/entities/review?limit=500");
        var item = queue.GetProperty("items").EnumerateArray().Single(i =>
            new[] { i.GetProperty("entity").GetProperty("id").GetGuid(), i.GetProperty("candidate").GetProperty("id").GetGuid() }.Order().SequenceEqual(new[] { first, second }.Order()));
        Assert.Equal("nothing but the name agrees", item.GetProperty("match").GetProperty("held").GetString());
    }

    [Fact]
    public async Task A_bare_surname_never_joins_a_fuller_record_even_with_its_birth_date_and_email()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");

        // A family name is a whole clan's: a report naming only "Barwari" cannot say which of them it means,
        // and a shared family email is no proof either.
        var fuller = await PersonOfAsync(nca, Person("var-surname-1", "Sarbast Nawzad Barwari", "1979-12-03", Everyone, email: "barwari.family@example.net"));
        var bare = await PersonOfAsync(krg, Person("var-surname-2", "Barwari", "1979-12-03", Everyone, email: "barwari.family@example.net"));

        Resolved.Apart(("Sarbast Nawzad Barwari", fuller), ("Barwari", bare));
    }
}
