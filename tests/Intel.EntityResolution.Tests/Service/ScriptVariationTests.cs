using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>One man's name in his own script and in the Latin letters another agency writes it in.</summary>
[Collection(VariationCollection.Name)]
public sealed class ScriptVariationTests(VariationFixture fixture)
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task Sorani_and_Arabic_spellings_are_the_same_man_as_his_Latin_name()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var iraq = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");

        var latin = await PersonOfAsync(nca, Person("var-script-1", "Hemin Omer", "1990-06-25", Everyone));
        // Sorani writes the vowels (ێ, و, ە) that Arabic leaves out.
        var sorani = await PersonOfAsync(krg, Person("var-script-2", "هێمن عومەر", "1990-06-25", Everyone));
        var arabic = await PersonOfAsync(iraq, Person("var-script-3", "هيمن عمر", "1990-06-25", Everyone));

        Resolved.AsOne(("Hemin Omer", latin), ("هێمن عومەر", sorani), ("هيمن عمر", arabic));
    }

    [Fact]
    public async Task Chinese_characters_are_the_same_man_as_pinyin_in_either_order()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var eu = await PartnerClient.ForAsync(fixture.Platform.Gateway, "eu-partner-feed");

        var han = await PersonOfAsync(eu, Person("var-han-1", "王建国", "1978-01-09", Everyone, nationality: "CHN"));
        var familyFirst = await PersonOfAsync(nca, Person("var-han-2", "Wang Jianguo", "1978-01-09", Everyone, nationality: "CHN"));
        // European forms put the given name first.
        var givenFirst = await PersonOfAsync(eu, Person("var-han-3", "Jianguo Wang", "1978-01-09", Everyone, nationality: "CHN"));

        Resolved.AsOne(("王建国", han), ("Wang Jianguo", familyFirst), ("Jianguo Wang", givenFirst));
    }

    [Fact]
    public async Task Cyrillic_is_the_same_man_as_either_English_transliteration()
    {
        using var eu = await PartnerClient.ForAsync(fixture.Platform.Gateway, "eu-partner-feed");
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var homeOffice = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-homeoffice-feed");

        var cyrillic = await PersonOfAsync(eu, Person("var-cyrillic-1", "Александр Петренко", "1983-04-17", Everyone, nationality: "UKR"));
        // Passport transliteration and the English habit differ in one letter: ks against x.
        var passportForm = await PersonOfAsync(nca, Person("var-cyrillic-2", "Aleksandr Petrenko", "1983-04-17", Everyone, nationality: "UKR"));
        var englishForm = await PersonOfAsync(homeOffice, Person("var-cyrillic-3", "Alexander Petrenko", "1983-04-17", Everyone, nationality: "UKR"));

        Resolved.AsOne(("Александр Петренко", cyrillic), ("Aleksandr Petrenko", passportForm), ("Alexander Petrenko", englishForm));
    }
}
