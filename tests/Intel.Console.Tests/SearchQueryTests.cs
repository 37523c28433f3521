using Intel.AnalystConsole.Search;

namespace Intel.AnalystConsole.Tests;

/// <summary>What the one search box reads what an analyst pastes as.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("+964 770 987 6543", null, "phone:+9647709876543")]
    [InlineData("0770 987 6543", "IQ", "phone:+9647709876543")]
    [InlineData("00964 770 987 6543", null, "phone:+9647709876543")]
    [InlineData("GB82 WEST 1234 5698 7654 32", null, "account:GB82WEST12345698765432")]
    [InlineData("Karwan.Travel@Example.org", null, "email:karwan.travel@example.org")]
    [InlineData("A12345678", "IQ", "document:IRQ/A12345678")]
    [InlineData("document:irq/a12345678", null, "document:IRQ/A12345678")]
    [InlineData("https://www.facebook.com/karwan.travel.eu", null, "social:facebook/karwan.travel.eu")]
    [InlineData("Yamaha Motor 6BG-1012345", null, "engine:YAMAHA/6BG1012345")]
    [InlineData("yamaha 6bg 1012345", null, "engine:YAMAHA/6BG1012345")]
    public void An_identifier_in_any_written_form_is_read_as_its_selector(string text, string? country, string selector) =>
        Assert.Contains(selector, SearchQuery.Read(text, country).Select(r => r.Selector));

    [Fact]
    public void A_bare_handle_is_looked_up_on_every_platform() =>
        Assert.Contains(new ReadIdentifier("rebaz.crossings", "social", "handle"), SearchQuery.Read("@Rebaz.Crossings", null));

    [Theory]
    [InlineData("شيروان قادر دوسكي", true)]
    [InlineData("Sherwan Doski", true)]
    [InlineData("0770 987 6543", false)]
    [InlineData("karwan@example.org", false)]
    public void Names_in_any_script_are_searched_as_people_and_identifiers_are_not(string text, bool name) =>
        Assert.Equal(name, SearchQuery.MayBeName(text));

    [Fact]
    public void A_national_number_without_a_country_is_not_guessed() =>
        Assert.DoesNotContain(SearchQuery.Read("0770 987 6543", null), r => r.Kind == "phone");

    [Fact]
    public void Identifiers_that_start_with_digits_are_no_engine() =>
        Assert.DoesNotContain(SearchQuery.Read("GB82 WEST 1234 5698 7654 32", null).Concat(SearchQuery.Read("0770 987 6543", "IQ")), r => r.Kind == "engine");
}
