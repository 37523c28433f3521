using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class OrganisationNamesTests
{
    [Theory]
    [InlineData("Al-Noor Travel Co. Ltd", "AL NOOR TRAVEL COMPANY")]
    [InlineData("Al Noor Travel Limited", "al-noor travel")]
    [InlineData("Zagros Cargo GmbH", "Zagros Cargo")]
    [InlineData("Barzani & Sons LLC", "Barzani and Sons")]
    [InlineData("شركة النور للسفر", "النور للسفر")]
    [InlineData("A.B.C. Trading Co.", "ABC Trading")]
    [InlineData("A B C Trading", "abc trading ltd")]
    [InlineData("Zagros Shipping S.A.", "Zagros Shipping SA")]
    public void Legal_forms_case_punctuation_and_the_article_do_not_change_the_key(string first, string second) =>
        Assert.Equal(OrganisationNames.Key(first), OrganisationNames.Key(second));

    [Theory]
    [InlineData("Al-Noor Travel", "Al-Noor Cargo")]
    [InlineData("Noor Travel", "Noor Travel Agency")]
    [InlineData("A.B.C. Trading", "A.B.D. Trading")]
    public void Another_word_is_another_organisation(string first, string second) =>
        Assert.NotEqual(OrganisationNames.Key(first), OrganisationNames.Key(second));

    [Fact]
    public void A_name_that_is_only_a_legal_form_still_has_a_key() => Assert.Equal("the company", OrganisationNames.Key("The Company"));
}
