using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

/// <summary>
/// Characters nobody sees in a partner's text (zero-width, bidi controls, soft hyphens, byte order marks,
/// tag characters) cannot hide a name or an account from matching, and code points that are not text
/// cannot make a standardiser throw.
/// </summary>
public sealed class VisibleTextTests
{
    public static TheoryData<string, string> Disguised => new()
    {
        { "Moha\u200Bmmed Al-Barzani", "Mohammed Al-Barzani" },
        { "Mohammed Al-Bar\u200Dzani\u200C", "Mohammed Al-Barzani" },
        { "\u202EMohammed\u202C \u2067Al-Barzani\u2069", "Mohammed Al-Barzani" },
        { "Moham\u00ADmed\uFEFF Al-\u2060Barzani", "Mohammed Al-Barzani" },
        { "Moh\U000E0041ammed Al-Barz\u180Eani", "Mohammed Al-Barzani" },
        { "مح\u200Cمد البر\u200Fزاني", "محمد البرزاني" },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public void Invisible_characters_inside_a_name_leave_its_keys_unchanged(string disguised, string plain)
    {
        Assert.Equal(PersonNames.Keys(plain)!.Tokens, PersonNames.Keys(disguised)!.Tokens);
        Assert.Equal(Identifiers.NameKey(plain), Identifiers.NameKey(disguised));
        Assert.Equal(1.0, PersonNames.Similarity(plain, disguised), 3);
    }

    [Fact]
    public void Invisible_characters_do_not_hide_an_email_address_or_a_handle()
    {
        Assert.Equal("karwan@example.org", Identifiers.Email("kar\u200Bwan@exam\u202Eple.org"));
        Assert.Equal("facebook/karwan.travel.eu", Handles.Key("facebook", "@karwan\u200B.travel.eu\u2060"));
    }

    // A fact, not a theory: xunit's test case serialisation would turn lone surrogates into U+FFFD.
    [Fact]
    public void Code_points_that_are_not_text_are_ignored_not_thrown_on()
    {
        foreach (var odd in (string[])["\uFFFE", "\uFFFF\uFDD0", "\uD800", "\uDC00", "\U0001FFFE"])
        {
            var name = $"Karwan {odd}Barzani";
            Assert.Equal(PersonNames.Keys("Karwan Barzani")!.Tokens, PersonNames.Keys(name)!.Tokens);
            Assert.Equal("barzani karwan", Identifiers.NameKey(name));
            Assert.Equal("KARWANBARZANI", Identifiers.Compact(name));
            Assert.Equal("كاروان", ArabicScript.Normalize($"كا{odd}روان"));
        }
    }

    [Theory]
    [InlineData("Mohammed Al-Barzani")]
    [InlineData("محمد عبدالرحمن البرزاني")]
    [InlineData("Kārwān Şêrko")]
    [InlineData("Mohаmmed")]
    public void Visible_text_is_left_as_it_is(string text) =>
        Assert.Same(text, VisibleText.Of(text));
}
