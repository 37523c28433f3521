using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class ArabicScriptTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلبرزاني", "البرزاني")]
    [InlineData("مؤمن", "مومن")]
    [InlineData("رئيس", "رييس")]
    [InlineData("علاء", "علا")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("فاطمة", "فاطمه")]
    public void Alef_hamza_ta_marbuta_and_alef_maksura_forms_are_one_letter(string written, string normal) =>
        Assert.Equal(normal, ArabicScript.Normalize(written));

    [Theory]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("محـــمد", "محمد")]
    [InlineData("رَحْمٰن", "رحمن")]
    [InlineData("ﻣﺤﻤﺪ", "محمد")]
    public void Diacritics_tatweel_and_presentation_forms_disappear(string written, string normal) =>
        Assert.Equal(normal, ArabicScript.Normalize(written));

    [Theory]
    [InlineData("کاروان", "كاروان")]
    [InlineData("عەلی", "عهلي")]
    [InlineData("کۆچەر", "كوچهر")]
    [InlineData("ڕێبوار", "ريبوار")]
    [InlineData("هەڵۆ", "ههلو")]
    [InlineData("ئاکۆ", "ياكو")]
    [InlineData("ژیلا", "ژيلا")]
    [InlineData("پەرژین", "پهرژين")]
    [InlineData("ڤیان", "ڤيان")]
    [InlineData("گۆران", "گوران")]
    public void Persian_and_Kurdish_letters_fold_to_Arabic_but_gaf_che_pe_zhe_ve_stay(string written, string normal) =>
        Assert.Equal(normal, ArabicScript.Normalize(written));

    [Fact]
    public void Arabic_Indic_and_Persian_digits_become_ASCII() =>
        Assert.Equal("0750 123 4567", ArabicScript.Normalize("٠٧٥٠ ١٢٣ ۴۵۶۷"));

    [Fact]
    public void Spacing_is_tidied() => Assert.Equal("محمد علي", ArabicScript.Normalize("  محمد \u200c  علي "));

    [Theory]
    [InlineData("محمد", "mhmd")]
    [InlineData("أحمد", "ahmd")]
    [InlineData("عمر", "amr")]
    [InlineData("عثمان", "asmn")]
    [InlineData("حسين", "hsn")]
    [InlineData("يوسف", "ysf")]
    [InlineData("فاطمة", "ftm")]
    [InlineData("خالد", "kld")]
    [InlineData("شوان", "xn")]
    public void Arabic_names_transliterate_to_a_consonant_skeleton(string written, string skeleton) =>
        Assert.Equal(skeleton, ArabicScript.Transliterate(written));

    [Theory]
    [InlineData("ئەحمەد", "ahmd")]
    [InlineData("بەرزانی", "brsn")]
    [InlineData("کاروان", "krn")]
    [InlineData("محەمەد", "mhmd")]
    public void Sorani_vowel_letters_are_read_as_vowels(string written, string skeleton) =>
        Assert.Equal(skeleton, ArabicScript.Transliterate(written));

    [Fact]
    public void Script_is_detected()
    {
        Assert.True(ArabicScript.Contains("Karwan کاروان"));
        Assert.False(ArabicScript.Contains("Karwan"));
    }
}
