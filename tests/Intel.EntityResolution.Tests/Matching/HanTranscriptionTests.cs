using Intel.EntityResolution.Matching.Comparisons;
using Intel.EntityResolution.Matching.Names;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>Foreign names written in Han characters by the Chinese transcription syllabary, against their Latin spelling.</summary>
public sealed class HanTranscriptionTests
{
    [Theory]
    [InlineData("丘吉尔", "Churchill")]
    [InlineData("奥巴马", "Obama")]
    [InlineData("布什", "Bush")]
    [InlineData("默克尔", "Merkel")]
    [InlineData("普京", "Putin")]
    [InlineData("爱因斯坦", "Einstein")]
    [InlineData("戈尔巴乔夫", "Gorbachev")]
    [InlineData("达尔文", "Darwin")]
    [InlineData("牛顿", "Newton")]
    [InlineData("拿破仑", "Napoleon")]
    public void A_transcribed_foreign_name_is_its_Latin_spelling(string han, string latin) =>
        Assert.True(NameJudgement.SameName(han, latin));

    [Theory]
    [InlineData("丘吉尔", "Obama")]
    [InlineData("布什", "Putin")]
    [InlineData("普京", "Bush")]
    [InlineData("默克尔", "Mozart")]
    [InlineData("牛顿", "Darwin")]
    [InlineData("林肯", "Gandhi")]
    public void Another_foreign_name_is_not_taken_for_it(string han, string latin) =>
        Assert.False(NameJudgement.SameName(han, latin));

    [Theory]
    [InlineData("贝拉克·奥巴马", "Barack Obama", "exact")]
    // Churchill is heard without its r and with a soft second ch (丘吉尔 qiu-ji-er): a variant, not a letter-for-letter reading.
    [InlineData("温斯顿·丘吉尔", "Winston Churchill", "variant")]
    [InlineData("丘吉尔", "Winston Churchill", "one-word")]
    // A Chinese name still reads as family name and given name.
    [InlineData("王建国", "Wang Jianguo", "exact")]
    public void Full_names_line_up_word_by_word(string han, string latin, string level)
    {
        var comparison = new NameComparison();
        Assert.Equal(level, comparison.Levels[comparison.Compare(Person(han), Person(latin)).Level]);
    }
}
