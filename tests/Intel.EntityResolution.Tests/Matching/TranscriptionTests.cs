using Intel.EntityResolution.Matching.Names;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>Foreign names in Russian and Arabic spelling, against their Latin spelling, by how each script transcribes sounds.</summary>
public sealed class TranscriptionTests
{
    [Theory]
    // Russian г for h, дж for English j, в for German w, ц for German z, дз for Japanese z, Latin -us dropped.
    [InlineData("Гитлер", "Hitler")]
    [InlineData("Джексон", "Jackson")]
    [InlineData("Вагнер", "Wagner")]
    [InlineData("Цвейг", "Zweig")]
    [InlineData("Дзюнъитиро", "Junichiro")]
    [InlineData("Коперник", "Copernicus")]
    [InlineData("Уильямс", "Williams")]
    [InlineData("Шопен", "Chopin")]
    [InlineData("Щепаньский", "Szczepanski")]
    [InlineData("Ёсида", "Yoshida")]
    [InlineData("Гёте", "Goethe")]
    public void A_Russian_transcription_is_its_Latin_spelling(string cyrillic, string latin) =>
        Assert.True(NameJudgement.SameName(cyrillic, latin));

    [Theory]
    // Kurmanji's e and i for the short vowels English spells a and u; kh as x; Evd- for ʿAbd-.
    [InlineData("Mihemed", "Mohammed")]
    [InlineData("Mihemed", "Muhammad")]
    [InlineData("Hesen", "Hassan")]
    [InlineData("Hiseyn", "Hussein")]
    [InlineData("Xedîce", "Khadija")]
    [InlineData("Hemze", "Hamza")]
    [InlineData("Evdila", "Abdullah")]
    [InlineData("Evdilkerîm", "Abdulkarim")]
    public void A_Kurmanji_spelling_with_other_vowels_in_the_same_places_is_the_English_spelling(string kurmanji, string english) =>
        Assert.True(NameJudgement.SameName(kurmanji, english));

    [Theory]
    // A long vowel where the other has a short one, or a vowel more: another name with the same consonants.
    [InlineData("Hassan", "Hussein")]
    [InlineData("Mihemed", "Mahmoud")]
    [InlineData("Muhammad", "Mahmoud")]
    [InlineData("Ali", "Eli")]
    [InlineData("Barron", "Browne")]
    public void Names_with_the_same_consonants_and_their_vowels_elsewhere_are_other_names(string first, string second) =>
        Assert.False(NameJudgement.SameName(first, second));

    [Theory]
    // Arabic ب for p, ف for v, ج for g, تش for ch, long vowels for o and e.
    [InlineData("بوتين", "Putin")]
    [InlineData("فاغنر", "Wagner")]
    [InlineData("جون", "John")]
    [InlineData("تشرشل", "Churchill")]
    [InlineData("ميركل", "Merkel")]
    [InlineData("بيتهوفن", "Beethoven")]
    [InlineData("جورج", "George")]
    [InlineData("فيكتور", "Victor")]
    public void An_Arabic_transcription_is_its_Latin_spelling(string arabic, string latin) =>
        Assert.True(NameJudgement.SameName(arabic, latin));

    [Theory]
    [InlineData("Гитлер", "Hendrix")]
    [InlineData("Вагнер", "Bruckner")]
    [InlineData("Шопен", "Schubert")]
    [InlineData("Иванов", "Ivanescu")]
    [InlineData("Ёсида", "Ishida")]
    [InlineData("بوتين", "Bouteflika")]
    [InlineData("ميركل", "Michel")]
    [InlineData("جون", "Jordan")]
    [InlineData("فيكتور", "Fischer")]
    public void Another_name_is_not_taken_for_it(string native, string latin) =>
        Assert.False(NameJudgement.SameName(native, latin));

    [Theory]
    // Cyrillic names keep their letters, yet still meet a typo of the same script and the passport spelling.
    [InlineData("Александр Петренко", "Александр Петренк")]
    [InlineData("Александр Петренко", "Aleksandr Petrenko")]
    [InlineData("Абу Бакр аль-Багдади", "Abu Bakr al-Baghdadi")]
    public void Cyrillic_names_still_match_as_before(string first, string second) =>
        Assert.True(NameJudgement.SameName(first, second));
}
