using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class PersonNamesTests
{
    public static TheoryData<string[]> Variants => new()
    {
        new[] { "Mohammed", "Muhammad", "Mohamad", "Mohamed", "Muhamad", "Mohammad", "محمد", "مُحَمَّد", "Mhd", "Mohd.", "MUHD" },
        new[] { "Abdulrahman", "Abdul Rahman", "Abd al-Rahman", "Abdelrahman", "Abdurrahman", "Abd-al-Rahman", "Abd ar-Rahman", "عبدالرحمن", "عبد الرحمن" },
        new[] { "Hussein", "Husain", "Hossein", "Husayn", "Hussain", "حسين" },
        new[] { "Karwan", "Kārwān", "کاروان" },
        new[] { "Ahmed", "Ahmad", "أحمد", "ئەحمەد" },
        new[] { "Omar", "Umar", "عمر" },
        new[] { "Othman", "Osman", "Uthman", "عثمان" },
        new[] { "Yusuf", "Yousef", "Youssef", "يوسف" },
        new[] { "al-Barzani", "Barzani", "Elbarzani", "Al Barzani", "Barzanî", "البرزاني", "بەرزانی" },
        new[] { "Abdullah", "Abdallah", "Abd Allah", "عبدالله", "عبد الله" },
        new[] { "Şêrko", "Sherko", "شێرکۆ" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Transliteration_variants_of_one_name_meet_under_one_key(string[] spellings)
    {
        var keys = spellings.Select(PersonNames.OrderKey).Distinct().ToList();

        Assert.Single(keys);
        Assert.NotNull(keys[0]);
    }

    [Fact]
    public void The_Arabic_and_Latin_writings_of_one_man_share_their_name_keys()
    {
        var arabic = PersonNames.Keys("محمد عبدالرحمن البرزاني")!;
        var latin = PersonNames.Keys("Mohammed Abdulrahman Al-Barzani")!;

        Assert.Equal(["mhmd", "abdrhmn", "brsn"], latin.Tokens);
        Assert.Equal(latin.Tokens, arabic.Tokens);
        Assert.Equal(latin.OrderKey, arabic.OrderKey);
        Assert.Equal(1.0, PersonNames.Similarity("محمد عبدالرحمن البرزاني", "Mohammed Abdulrahman Al-Barzani"), 3);
    }

    [Fact]
    public void Word_order_does_not_change_the_order_independent_key() =>
        Assert.Equal(PersonNames.OrderKey("Barzani, Mohammed"), PersonNames.OrderKey("Muhammad al-Barzani"));

    [Fact]
    public void Mohammed_Ali_and_Mohammed_Hussein_do_not_share_an_order_independent_key() =>
        Assert.NotEqual(PersonNames.OrderKey("Mohammed Ali"), PersonNames.OrderKey("Mohammed Hussein"));

    [Fact]
    public void Bin_and_ibn_are_not_names_but_abu_marks_a_kunya()
    {
        Assert.Equal(PersonNames.OrderKey("Mohammed Ahmed"), PersonNames.OrderKey("Mohammed bin Ahmed"));
        Assert.Equal(PersonNames.OrderKey("Mohammed Ahmed"), PersonNames.OrderKey("محمد بن أحمد"));
        Assert.Equal(["abu-krn"], PersonNames.Tokens("Abu Karwan"));
        Assert.Equal(["abu-krn"], PersonNames.Tokens("أبو كاروان"));
        Assert.NotEqual(PersonNames.OrderKey("Abu Karwan"), PersonNames.OrderKey("Karwan"));
    }

    [Fact]
    public void A_name_missing_a_middle_word_still_shares_a_blocking_key()
    {
        var full = PersonNames.Keys("Mohammed Abdulrahman Al-Barzani")!;
        var shortened = PersonNames.Keys("Muhammad Barzani")!;

        Assert.Contains("brsn+mhmd", full.BlockingKeys);
        Assert.Contains("brsn+mhmd", shortened.BlockingKeys);
        Assert.NotEqual(full.OrderKey, shortened.OrderKey);
    }

    [Fact]
    public void Similar_names_score_high_and_different_people_low()
    {
        var missingMiddle = PersonNames.Similarity("Mohammed Abdulrahman Al-Barzani", "Barzani Muhammad");
        var oneLetterOff = PersonNames.Similarity("Karwan Othman", "Karwan Othmani");
        var different = PersonNames.Similarity("Mohammed Abdulrahman Al-Barzani", "Karwan Yusuf Hassan");

        Assert.InRange(missingMiddle, 0.79, 0.81);
        Assert.InRange(oneLetterOff, 0.9, 1.0);
        Assert.InRange(different, 0.0, 0.5);
        Assert.Equal(0, PersonNames.Similarity("Karwan", null));
        Assert.Equal(1.0, PersonNames.Similarity("Ahmed Omar", "Omar Ahmad"), 3);
    }

    [Fact]
    public void Names_without_letters_have_no_keys()
    {
        Assert.Null(PersonNames.Keys(" - "));
        Assert.Empty(PersonNames.Tokens(null));
    }

    [Fact]
    public void Titles_are_not_name_words_and_a_name_of_titles_alone_is_no_name()
    {
        Assert.Equal(PersonNames.Tokens("Mohammed Barzani"), PersonNames.Tokens("Sheikh Haji Mohammed Barzani"));
        Assert.Equal(PersonNames.Tokens("John Smith"), PersonNames.Tokens("Sir John Smith, 1st Baronet"));
        Assert.Empty(PersonNames.Tokens("Sir, 1st Baronet"));
    }

    [Theory]
    [InlineData("Schmidt", "Шмидт")]
    [InlineData("Szymczak", "Шимчак")]
    [InlineData("Tschernenko", "Черненко")]
    public void German_and_Polish_spellings_meet_their_Cyrillic_forms(string latin, string cyrillic) =>
        Assert.Equal(PersonNames.Tokens(latin), PersonNames.Tokens(cyrillic));

    [Theory]
    [InlineData("David Dobbins Jr.", "junior")]
    [InlineData("DOBBINS, David Snr", "senior")]
    [InlineData("John Smith III", "3")]
    [InlineData("Vi Nguyen", null)]
    [InlineData("Sir James Cory, 1st Baronet", null)]
    [InlineData("David Dobbins Jr Sr", null)]
    public void A_generational_suffix_says_which_generation_of_a_name_a_man_is(string name, string? generation) =>
        Assert.Equal(generation, NameTitles.Generation(name));
}
