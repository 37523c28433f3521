using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Comparisons;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>The levels each attribute is compared at.</summary>
public sealed class ComparisonTests
{
    [Theory]
    [InlineData("Mohammed Ali Barzani", "MOHAMMED ALI BARZANI", "exact")]
    [InlineData("Mohammed Ali Barzani", "محمد علي البارزاني", "exact")]
    [InlineData("Barzani, Mohammed Ali", "Muhammad Ali Barzani", "exact")]
    [InlineData("Ali Faisal", "Faisal Ali", "reordered")]
    [InlineData("Mohammed Ali Barzani", "Mohammed Barzani", "subset")]
    [InlineData("Goran Barzani", "Ali Goran Barzani", "subset")]
    [InlineData("Mohammed Ali Barzani", "Mohammed Ali Jubouri", "partial")]
    // "Abu Karwan" is a kunya, "father of Karwan": another man than Karwan himself.
    [InlineData("Karwan Aziz", "Abu Karwan", "different")]
    [InlineData("Barzani", "Mohammed Ali Barzani", "one-word")]
    [InlineData("Omar Khalid", "Saman Rashid", "different")]
    [InlineData("Karwan", "Barzani", "one-word-each")]
    [InlineData("Karwan", "Saman Barzani", "different")]
    public void Names_are_compared_at_levels_that_tell_a_scribe_from_another_man(string first, string second, string level) =>
        Assert.Equal(level, NameLevel(first, second));

    [Theory]
    [InlineData("Şêrzad Hêmin Caf", "Sherzad Hemin Jaf", "exact")]
    [InlineData("Bob Jameson", "Robert Jameson", "variant")]
    // The lexicon writes Becky; a family may write Beckie.
    [InlineData("Beckie Sullivan", "Rebecca Sullivan", "variant")]
    [InlineData("Hans J Friedrich", "Hans Joachim Friedrich", "initials")]
    [InlineData("王建国", "Jianguo Wang", "reordered")]
    [InlineData("王建国", "Wang Jianguo", "exact")]
    [InlineData("王伟", "Wei Wang", "reordered")]
    [InlineData("B Smith", "Robert Smith", "initials")]
    [InlineData("Александр Петренко", "Aleksandr Petrenko", "exact")]
    [InlineData("Sheikh Haji Mohammed Barzani", "Mohammed Barzani", "exact")]
    [InlineData("Ahmed Aziz Doski", "Rebwar Aziz Doski", "partial")]
    [InlineData("Chloe Guhhes", "Chloe Hughes", "variant")]
    [InlineData("Fosia Russell", "Sofia Russell", "variant")]
    // A space moved by a slip: the same letters in the same order.
    [InlineData("Arefullaha Ref Ghazi", "Arefullah Aref Ghazi", "variant")]
    [InlineData("Chang Myongc-hin", "Chang Myong-chin", "variant")]
    public void Names_in_other_scripts_with_nicknames_initials_or_titles_are_still_one_name(string first, string second, string level) =>
        Assert.Equal(level, NameLevel(first, second));

    [Theory]
    [InlineData("Li Na", "Lina")]
    [InlineData("A B Khan", "Ab Khan")]
    // Arabic script leaves short vowels out: a space moved spells another name (Ali Ahmad, Alia Hamad).
    [InlineData("علي احمد", "عليا حمد")]
    [InlineData("דוד לוי", "דודל וי")]
    public void A_space_moved_is_a_slip_only_between_names_of_two_words_or_more_in_Latin_letters(string first, string second) =>
        Assert.NotEqual("variant", NameLevel(first, second));

    [Theory]
    [InlineData("Hans O Friedrich", "Hans Joachim Friedrich")]
    [InlineData("Mohamed Barzani", "Ahmed Barzani")]
    [InlineData("George Barron", "George Browne")]
    [InlineData("Tom Thompson", "Tom Simpson")]
    // Conny may be Conrad; Connie, the lexicon says, is Constance, and never him.
    [InlineData("Connie Hughes", "Conrad Hughes")]
    // The same letters, most of them moved: other names, as brothers have, not a slip.
    [InlineData("Mahdi Hassan", "Hamid Hassan")]
    [InlineData("Nadia Karim", "Diana Karim")]
    [InlineData("Kamal Rashid", "Malak Rashid")]
    public void A_wrong_initial_or_another_first_name_is_not_taken_for_a_scribe_s_slip(string first, string second)
    {
        var level = NameLevel(first, second);

        Assert.DoesNotContain(level, new[] { "exact", "reordered", "variant", "initials" });
        Assert.Equal("partial", level);
    }

    private static string NameLevel(string first, string second)
    {
        var comparison = new NameComparison();
        return comparison.Levels[comparison.Compare(Person(first), Person(second)).Level];
    }

    [Theory]
    [InlineData("1984-03-02", "1984-03-02", "exact")]
    [InlineData("1984-03-02", "1984-02-03", "day-month-swapped")]
    [InlineData("1984-03", "1984-03-02", "same-month-partial")]
    [InlineData("1984", "1984-03-02", "same-year-partial")]
    [InlineData("1984-03-02", "1984-03-07", "typo")]
    [InlineData("1984-03-02", "1948-03-02", "typo")]
    [InlineData("1984-03-02", "1984-03-28", "same-month")]
    [InlineData("1979-03-02", "1980-03-02", "same-day-month")]
    [InlineData("1984-03-02", "1991-07-15", "different")]
    public void Birth_dates_are_compared_at_levels_that_tell_a_slip_from_another_date(string first, string second, string level)
    {
        var comparison = new BirthDateComparison();

        Assert.Equal(level, comparison.Levels[comparison.Compare(Person("A B", first), Person("A B", second)).Level]);
    }

    [Fact]
    public void Identifiers_of_one_kind_are_the_same_a_slip_apart_different_or_absent()
    {
        var passports = new IdentifierComparison("document");

        Assert.Equal(0, passports.Compare(Person("A B", passport: "A12345678"), Person("A B", passport: "A12345678")).Level);
        Assert.Equal(1, passports.Compare(Person("A B", passport: "A12345678"), Person("A B", passport: "A12345687")).Level);
        Assert.Equal(2, passports.Compare(Person("A B", passport: "A12345678"), Person("A B", passport: "B87654321")).Level);
        Assert.True(passports.Compare(Person("A B", passport: "A12345678"), Person("A B")).IsAbsent);
    }

    [Fact]
    public void A_mans_places_agree_when_any_place_of_one_report_is_one_of_the_other()
    {
        var places = new PlaceComparison("address.locality");
        var bornAndLiving = Person("A B") with { Places = ["ranya", "erbil"] };

        Assert.Equal(0, places.Compare(bornAndLiving, Person("A B") with { Places = ["erbil"] }).Level);
        Assert.Equal(3, places.Compare(bornAndLiving, Person("A B") with { Places = ["sulaymaniyah"] }).Level);
        Assert.True(places.Compare(bornAndLiving, Person("A B")).IsAbsent);
    }

    [Theory]
    [InlineData("أربيل", "Erbil", null)]
    [InlineData("السليمانية", "Sulaymaniyah", null)]
    [InlineData("البصرة", "Erbil", null)]
    [InlineData("أربيل", "البصرة", "different")]
    [InlineData("أربيل", "أربيل", "same")]
    public void A_town_written_in_Arabic_script_says_nothing_against_a_town_in_Latin_letters(string first, string second, string? level)
    {
        var places = new PlaceComparison("address.locality");
        PersonRecord In(string town) => Person("A B") with { Places = [PersonAddress.Compact(town)!] };

        var outcome = places.Compare(In(first), In(second));

        Assert.Equal(level, outcome.IsAbsent ? null : places.Levels[outcome.Level]);
    }

    [Fact]
    public void A_place_with_a_number_is_an_address_compared_with_addresses_and_a_town_only_with_towns()
    {
        var (addresses, towns) = (new AddressComparison(), new PlaceComparison("address.locality"));
        var bornAndLiving = Person("A B", place: "Broadway", address: "WR11 7QP");

        Assert.Equal(["broadway"], bornAndLiving.Places);
        Assert.Equal(["wr11 7qp"], bornAndLiving.Addresses);
        Assert.Equal(0, addresses.Compare(bornAndLiving, Person("A B", address: "wr117qp")).Level);
        // One character off is a slip or the neighbouring postcode: only weakly the same.
        Assert.Equal("one-edit", addresses.Levels[addresses.Compare(bornAndLiving, Person("A B", address: "WR11 7QW")).Level]);
        Assert.Equal("different", addresses.Levels[addresses.Compare(bornAndLiving, Person("A B", address: "12 Zayed Street")).Level]);
        // A postcode against a town is neither the same place nor another one.
        Assert.True(towns.Compare(Person("A B", address: "WR11 7QP"), Person("A B", place: "Broadway")).IsAbsent);
        Assert.True(addresses.Compare(Person("A B", address: "WR11 7QP"), Person("A B", place: "Broadway")).IsAbsent);
    }

    [Theory]
    [InlineData("No. 27, Shorish St., Sulaymaniyah", "Shorish Street 27, Sulaymaniyah", "same")]
    [InlineData("Hauptstr. 12, 10115 Berlin", "Hauptstrasse 12, 10115 Berlin", "same")]
    [InlineData("WR11 7QP", "wr117qp", "same")]
    [InlineData("27 Shorish Street", "27 Shorish Street, Sulaymaniyah", "within")]
    [InlineData("29 Shorish Street", "27 Shorish Street, Sulaymaniyah", "different")]
    [InlineData("Flat 3, 27 Shorish Street", "27 Shorish Street", "different")]
    public void An_address_is_one_however_a_partner_orders_and_abbreviates_it(string first, string second, string level)
    {
        var addresses = new AddressComparison();

        Assert.Equal(level, addresses.Levels[addresses.Compare(Person("A B", address: first), Person("A B", address: second)).Level]);
        Assert.Equal(level, addresses.Levels[addresses.Compare(Person("A B", address: second), Person("A B", address: first)).Level]);
    }

    [Theory]
    [InlineData("07503184402", "+9647503184402", "same")]
    [InlineData("+9647503184402", "07503184402", "same")]
    [InlineData("07503184402", "+447503184402", "same")]
    [InlineData("7503184402", "+9647503184402", "same")]
    [InlineData("7503184402", "07503184402", "same")]
    [InlineData("+447503184402", "+9647503184402", "different")]
    public void A_phone_written_nationally_with_no_country_is_the_international_number_whose_national_part_it_spells(string first, string second, string level)
    {
        var phones = new IdentifierComparison(IdentifierKinds.Phone);
        PersonRecord With(string number) => Person("A B") with { Identifiers = [new RecordIdentifier(IdentifierKinds.Phone, "", number)] };

        Assert.Equal(level, phones.Levels[phones.Compare(With(first), With(second)).Level]);
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("abc", "xyz", 0)]
    public void Jaro_Winkler_gives_the_textbook_values(string first, string second, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(first, second), 3);

    [Theory]
    [InlineData("A12345678", "A12345679", true)]
    [InlineData("A12345678", "A12354678", true)]
    [InlineData("A12345678", "A1234567", true)]
    [InlineData("A12345678", "A12345699", false)]
    public void One_keying_slip_is_one_edit(string first, string second, bool expected) => Assert.Equal(expected, Edits.AtMostOne(first, second));
}
