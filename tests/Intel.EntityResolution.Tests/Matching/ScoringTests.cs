using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Comparisons;
using Intel.EntityResolution.Matching.Scoring;
using static Intel.EntityResolution.Tests.Matching.People;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>The shipped person-v3 model decides the cases an analyst would, and says why.</summary>
public sealed class ScoringTests
{
    private readonly MatchScorer _scorer = Scorer();

    [Fact]
    public void A_shared_passport_links_what_the_name_alone_leaves_open()
    {
        var withPassport = _scorer.Score(Person("Omar Khalid Hassan", passport: "A12345678"), Person("Umar Khaled Hasan", passport: "a 1234 5678"));
        var nameOnly = _scorer.Score(Person("Omar Khalid Hassan"), Person("Umar Khaled Hasan"));

        Assert.Equal(MatchBand.Link, withPassport.Band);
        Assert.NotEqual(MatchBand.Link, nameOnly.Band);
        Assert.Equal("same", Level(withPassport, "document"));
    }

    [Fact]
    public void Two_different_passports_of_one_country_separate_men_of_the_same_name()
    {
        var score = _scorer.Score(Person("Mohammed Ali Hassan", passport: "A11111111"), Person("Mohammed Ali Hassan", passport: "B22222222"));
        var nameOnly = _scorer.Score(Person("Mohammed Ali Hassan"), Person("Mohammed Ali Hassan"));

        Assert.Equal(MatchBand.Separate, score.Band);
        Assert.Equal(MatchBand.Review, nameOnly.Band);
        Assert.Equal("exact", Level(score, "name"));
        Assert.Equal("different", Level(score, "document"));
        Assert.True(Contribution(score, "document") < 0, score.ToString());
    }

    [Fact]
    public void The_same_man_in_Arabic_script_and_in_Latin_with_his_birth_date_links()
    {
        var score = _scorer.Score(Person("محمد عبدالرحمن البرزاني", "1984-03-02"), Person("Mohammed Abdulrahman Al-Barzani", "1984-03-02"));

        Assert.Equal(MatchBand.Link, score.Band);
        Assert.Equal("exact", Level(score, "name"));
        Assert.Equal("exact", Level(score, "birthDate"));
    }

    [Fact]
    public void Two_Mohammed_Alis_born_years_apart_are_not_linked()
    {
        var score = _scorer.Score(Person("Mohammed Ali", "1984"), Person("Muhammad Ali", "1991-05-04"));

        Assert.NotEqual(MatchBand.Link, score.Band);
        Assert.Equal(MatchBand.Separate, score.Band);
    }

    [Fact]
    public void A_common_name_weighs_less_than_a_rare_one()
    {
        var common = _scorer.Score(Person("Mohammed Ali Hassan"), Person("Mohammed Ali Hassan"));
        var rare = _scorer.Score(Person("Rebwar Aziz Doski"), Person("Rebwar Aziz Doski"));

        Assert.True(Contribution(common, "name") < Contribution(rare, "name"), $"{common}\n{rare}");
        Assert.True(common.Comparisons.Single(c => c.Comparison == "name").FrequencyAdjustment < 0);
    }

    [Fact]
    public void The_explanation_lists_every_comparison_and_adds_up_to_the_total()
    {
        var score = _scorer.Score(Person("Karwan Aziz", "1990-01-02", phone: "0750 123 4567", gender: "male"), Person("Karwan Aziz", "1990-02-01", phone: "+964 750 123 4567"));

        Assert.Equal(PersonComparisons.All.Select(c => c.Name), score.Comparisons.Select(c => c.Comparison));
        Assert.Equal("day-month-swapped", Level(score, "birthDate"));
        Assert.Equal("same", Level(score, "phone"));
        Assert.Equal(MatchScore.Absent, Level(score, "gender"));
        Assert.Equal(score.Total, score.Prior + score.Comparisons.Sum(c => c.Contribution), 9);
        Assert.Contains(score.Reasons, r => r.StartsWith("phone same +", StringComparison.Ordinal));
        Assert.Equal("person-v3", score.WeightsVersion);
    }

    [Fact]
    public void An_uncommon_full_name_alone_links_unless_the_birth_dates_disagree()
    {
        var nameOnly = _scorer.Score(Person("Saman Rashid Kaka", nationality: "IRQ"), Person("Saman Rashid Kaka", nationality: "IRQ"));
        var otherDates = _scorer.Score(Person("Saman Rashid Kaka", "1979-06-01"), Person("Saman Rashid Kaka", "1988-11-23"));

        Assert.Equal(MatchBand.Link, nameOnly.Band);
        Assert.Null(nameOnly.Held);
        Assert.True(otherDates.Total >= _scorer.Weights.Thresholds.Link - 0.01, otherDates.ToString());
        Assert.Equal(MatchBand.Review, otherDates.Band);
        Assert.Equal("the names agree, but the rest counts against it", otherDates.Held);
        Assert.Contains(otherDates.Reasons, r => r.StartsWith("not linked: ", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_young_store_a_full_name_and_a_gender_are_put_to_an_analyst_and_a_full_name_and_a_nationality_link()
    {
        // Too few people are known to count how common the name is. A nationality is something more that agrees; a
        // gender is not, since namesakes share it as surely as the name.
        var young = new MatchScorer(_scorer.Weights, new TermFrequencies());
        var gendered = young.Score(Person("Hawre Sardar Pishdari", gender: "male"), Person("Hawre Sardar Pishdari", gender: "male"));
        var national = young.Score(Person("Hawre Sardar Pishdari", nationality: "IRQ"), Person("Hawre Sardar Pishdari", nationality: "IRQ"));

        Assert.Equal(MatchBand.Review, gendered.Band);
        Assert.Equal(HeldReasons.Text(HeldReasons.NameAloneTooFewKnown), gendered.Held);
        Assert.Equal(MatchBand.Link, national.Band);
    }

    [Fact]
    public void A_bare_surname_links_with_a_full_birth_date_and_an_email_but_not_with_the_date_alone()
    {
        var dateOnly = _scorer.Score(Person("Doski", "1979-06-01"), Person("Rebwar Aziz Doski", "1979-06-01"));
        var dateAndEmail = _scorer.Score(Person("Doski", "1979-06-01", email: "rebwar.d@example.net"), Person("Rebwar Aziz Doski", "1979-06-01", email: "Rebwar.D@example.net"));

        Assert.Equal("one-word", Level(dateOnly, "name"));
        Assert.NotEqual(MatchBand.Link, dateOnly.Band);
        Assert.True(dateAndEmail.Band == MatchBand.Link, dateAndEmail.ToString());
    }

    [Fact]
    public void An_email_written_with_two_slips_is_still_that_address_when_it_is_long()
    {
        var slipped = _scorer.Score(Person("Sofia Russell", email: "sofiarussell9@rivera.com"), Person("Sofia Russell", email: "sofiarussell9@revira.com"));
        var shortOnes = _scorer.Score(Person("Sofia Russell", email: "sr@ab.io"), Person("Sofia Russell", email: "rs@ab.com"));

        Assert.Equal("slip", Level(slipped, "email"));
        Assert.True(Contribution(slipped, "email") > 5, slipped.ToString());
        Assert.Equal("different", Level(shortOnes, "email"));
    }

    [Fact]
    public void An_email_with_a_slip_in_each_part_is_still_that_address_when_it_is_long()
    {
        var slipped = _scorer.Score(Person("Amelia Porter", email: "ameliap@nicholson.org"), Person("Amelia Porter", email: "ameiiap@nlcholson.orrg"));
        var anotherPerson = _scorer.Score(Person("Amelia Porter", email: "ameliap@nicholson.org"), Person("Amelia Porter", email: "oliverk@nicholls.org"));

        Assert.Equal("slip", Level(slipped, "email"));
        Assert.Equal("different", Level(anotherPerson, "email"));
    }

    [Fact]
    public void A_given_name_alone_links_with_the_full_birth_date_and_the_town_unless_an_email_disagrees()
    {
        var dateAndTown = _scorer.Score(Person("William", "2006-12-21", place: "Sunderland"), Person("William Nicholson", "2006-12-21", place: "Sunderlnd"));
        var otherEmail = _scorer.Score(
            Person("William", "2006-12-21", email: "w.bolton@ryan.net", place: "Sunderland"), Person("William Nicholson", "2006-12-21", email: "williamn@curry-flores.com", place: "Sunderlnd"));

        Assert.True(dateAndTown.Band == MatchBand.Link, dateAndTown.ToString());
        Assert.NotEqual(MatchBand.Link, otherEmail.Band);
        Assert.Equal("the names do not agree word for word, and an identifier disagrees", otherEmail.Held);
    }

    [Fact]
    public void A_given_name_alone_and_a_family_name_alone_link_on_the_full_birth_date_and_the_email_they_share()
    {
        var partsOfOneName = _scorer.Score(Person("Karwan", "1988-04-12", email: "karwan.barzani88@mail.iq"), Person("Barzani", "1988-04-12", email: "karwan.barzani88@mail.iq"));
        var birthDateAlone = _scorer.Score(Person("Karwan", "1988-04-12"), Person("Barzani", "1988-04-12"));

        Assert.True(partsOfOneName.Band == MatchBand.Link, partsOfOneName.ToString());
        Assert.NotEqual(MatchBand.Link, birthDateAlone.Band);
    }

    [Fact]
    public void A_given_name_alone_is_completed_by_an_email_that_spells_the_family_name()
    {
        var spelled = _scorer.Score(
            Person("Maya", "2015-07-29", email: "mcurtis53@spmnison.com", place: "Leeds"), Person("Maya Curtis", "2014-08-28", email: "mcurtis53@simpson.com", place: "Leeds"));
        var unspelled = _scorer.Score(
            Person("Maya", "2015-07-29", email: "mayab53@spmnison.com", place: "Leeds"), Person("Maya Curtis", "2014-08-28", email: "mayab53@simpson.com", place: "Leeds"));
        var anotherWoman = _scorer.Score(Person("Maya", email: "mcurtis53@simpson.com"), Person("Maya Jones", email: "maya.jones@simpson.com"));
        var bareSurnames = _scorer.Score(Person("Lee", email: "c.lee43@villarreal.com"), Person("Lee", email: "amelia.lee@hoffman.info"));
        var othersAddress = _scorer.Score(Person("Oscar", "2015-09-24"), Person("Connolly", "2015-09-16", email: "oscar.c32@odom.com"));

        Assert.Equal("completed-by-email", Level(spelled, "name"));
        Assert.True(spelled.Band == MatchBand.Link, spelled.ToString());
        Assert.Equal("one-word", Level(unspelled, "name"));
        Assert.NotEqual(MatchBand.Link, unspelled.Band);
        Assert.Equal("one-word", Level(anotherWoman, "name"));
        Assert.Equal("one-word", Level(bareSurnames, "name"));
        Assert.Equal("one-word-each", Level(othersAddress, "name"));
    }

    [Fact]
    public void A_given_name_alone_with_the_family_initial_beside_it_in_the_email_reads_as_that_initial()
    {
        var initialled = _scorer.Score(
            Person("Zachary", "1983-11-23", email: "zacharyw50@nguyen-stevens.com"), Person("Zachary Wright", "1983-10-27", email: "zacharyw50@nguyen-stesenv.com"));
        var anotherInitial = _scorer.Score(
            Person("Zachary", "1983-11-23", email: "zacharyq50@nguyen-stevens.com"), Person("Zachary Wright", "1983-10-27", email: "zacharyq50@nguyen-stesenv.com"));

        Assert.Equal("initialled-by-email", Level(initialled, "name"));
        Assert.True(initialled.Band == MatchBand.Link, initialled.ToString());
        Assert.Equal("one-word", Level(anotherInitial, "name"));
        Assert.NotEqual(MatchBand.Link, anotherInitial.Band);
    }

    [Fact]
    public void A_shared_email_and_a_birth_year_tie_a_nameless_report_to_its_man()
    {
        var nameless = _scorer.Score(Person("", "1985", email: "hollythomson3@levine-jones.com"), Person("Holly Thomson", "1985-05-21", email: "hollythomson3@levine-jones.com"));

        Assert.True(Contribution(nameless, "email") > 15, nameless.ToString());
    }

    [Fact]
    public void A_shared_street_address_links_a_shorter_name_that_a_shared_town_leaves_to_an_analyst()
    {
        var young = Scorer(new TermFrequencies());
        var atAddress = young.Score(
            Person("Hemin Sarwar Rekani", nationality: "IRQ", address: "27 Shorish Street, Sulaymaniyah"),
            Person("REKANY, Hemin", nationality: "SYR", address: "27 Shorish Street, Sulaymaniyah"));
        var inTown = young.Score(
            Person("Hemin Sarwar Rekani", nationality: "IRQ", place: "Sulaymaniyah"), Person("REKANY, Hemin", nationality: "SYR", place: "Sulaymaniyah"));

        Assert.Equal(MatchBand.Link, atAddress.Band);
        Assert.Contains("address same +12.29", atAddress.Reasons);
        Assert.NotEqual(MatchBand.Link, inTown.Band);
    }

    [Fact]
    public void An_address_counts_weakly_when_it_differs_or_is_one_character_off()
    {
        var moved = _scorer.Score(Person("Emlie Clifford", "1861-01-01", address: "WR11 7QP"), Person("Emlie Clifford", "1861-01-01", address: "SE1 4AB"));
        var slip = _scorer.Score(Person("Emlie Clifford", address: "WR11 7QP"), Person("Emlie Clifford", address: "WR11 7QW"));
        var town = _scorer.Score(Person("Emlie Clifford", place: "Broadway"), Person("Emlie Clifford", place: "Broadway"));

        Assert.Equal(MatchBand.Link, moved.Band);
        Assert.InRange(Contribution(moved, "address"), -2, 0);
        Assert.InRange(Contribution(slip, "address"), 0, Contribution(town, "address.locality"));
    }

    [Fact]
    public void Strangers_and_relatives_at_one_address_are_not_linked()
    {
        const string Home = "14 Gulan Street, Erbil";
        var strangers = _scorer.Score(Person("Ahmed Aziz Doski", address: Home), Person("Karim Jamal Hassan", address: Home));
        var nameless = _scorer.Score(Person("", address: Home), Person("Ahmed Aziz Doski", address: Home));
        var twins = _scorer.Score(Person("Ahmed Aziz Doski", "1980-03-04", gender: "male", address: Home), Person("Rebwar Aziz Doski", "1980-03-04", gender: "male", address: Home));
        var brothers = _scorer.Score(Person("Ahmed Aziz Doski", "1980", address: Home), Person("Rebwar Aziz Doski", "1983", address: Home));
        var fatherAndSon = _scorer.Score(Person("Ahmed Aziz Doski", "1950-03-04", address: Home), Person("Ahmed Aziz Doski", "1980-06-07", address: Home));

        Assert.All([strangers, nameless, twins, brothers, fatherAndSon], score => Assert.NotEqual(MatchBand.Link, score.Band));
        Assert.Equal("same", Level(twins, "address"));
        Assert.Equal("names-differ-little-else", twins.HeldReason);
        Assert.Equal("rest-against", fatherAndSon.HeldReason);
    }

    [Fact]
    public void A_man_of_one_full_name_links_though_his_reports_name_other_towns_or_houses_and_his_father_at_one_address_does_not()
    {
        const string Home = "14 Gulan Street, Erbil";
        var moved = _scorer.Score(
            Person("Ahmed Aziz Doski", gender: "male", place: "Koya", address: Home), Person("Ahmed Aziz Doski", gender: "male", place: "Duhok", address: Home));
        var fatherAndSon = _scorer.Score(
            Person("Ahmed Aziz Doski", "1950-03-04", place: "Duhok", address: Home), Person("Ahmed Aziz Doski", "1980-06-07", place: "Duhok", address: Home));

        var movedHouse = _scorer.Score(
            Person("Ahmed Aziz Doski", gender: "male", address: Home), Person("Ahmed Aziz Doski", gender: "male", address: "3 Salim Street, Sulaymaniyah"));

        Assert.Equal("different", Level(moved, "address.locality"));
        Assert.Equal(MatchBand.Link, moved.Band);
        Assert.Equal("different", Level(movedHouse, "address"));
        Assert.True(movedHouse.Band == MatchBand.Link, movedHouse.ToString());
        Assert.Equal("rest-against", fatherAndSon.HeldReason);
    }

    [Fact]
    public void A_man_of_one_full_name_and_one_phone_links_though_another_report_puts_him_at_another_address()
    {
        // His phone is his household's, and a house that differs says he moved: nothing of his own counts against him,
        // exactly nothing, however the phone's bits add and are taken off again.
        var score = _scorer.Score(
            Person("Kristen Salinger", phone: "0750 392 2137", address: "123 King Street, Erbil"),
            Person("Kristen Salinger", phone: "+964 750 392 2137", address: "8321 Duke Street, Sulaymaniyah"));

        Assert.Equal("same", Level(score, IdentifierKinds.Phone));
        Assert.Equal("different", Level(score, "address"));
        Assert.True(score.Band == MatchBand.Link, score.ToString());
    }

    [Fact]
    public void A_junior_and_a_senior_of_one_name_at_one_address_are_a_son_and_his_father_while_a_report_without_the_suffix_may_be_either()
    {
        const string Home = "1450 N City Road, Arlington";
        var fatherAndSon = _scorer.Score(Person("David Dobbins Jr", address: Home), Person("David Dobbins Senior", address: Home));
        var secondAndThird = _scorer.Score(Person("Morris Klein II", address: Home), Person("Morris Klein III", address: Home));
        var either = _scorer.Score(Person("David Dobbins Jr", address: Home), Person("David Dobbins", address: Home));
        var juniorOrSecond = _scorer.Score(Person("David Dobbins Jr", address: Home), Person("David Dobbins II", address: Home));

        var oneMan = _scorer.Score(Person("David Dobbins Jr", "1970-02-03", passport: "A1234567", address: Home),
            Person("David Dobbins Sr", "1970-02-03", passport: "A1234567", address: Home));

        Assert.True(fatherAndSon.Band != MatchBand.Link, fatherAndSon.ToString());
        Assert.Equal("partial", Level(fatherAndSon, "name"));
        Assert.True(oneMan.Band == MatchBand.Link, oneMan.ToString());
        Assert.True(secondAndThird.Band != MatchBand.Link, secondAndThird.ToString());
        Assert.True(either.Band == MatchBand.Link, either.ToString());
        Assert.True(juniorOrSecond.Band == MatchBand.Link, juniorOrSecond.ToString());
    }

    [Fact]
    public void A_senior_does_not_join_his_sons_entity_through_a_report_that_left_the_suffix_out()
    {
        const string Home = "1450 N City Road, Arlington";
        var son = new[] { Person("David Dobbins Jr", address: Home), Person("David Dobbins", address: Home) };

        var father = _scorer.Score(Person("David Dobbins Sr", address: Home), son);
        var sonAgain = _scorer.Score(Person("David Dobbins Jr", address: Home), son);

        Assert.True(father.Band != MatchBand.Link, father.ToString());
        Assert.Equal("partial", Level(father, "name"));
        Assert.True(sonAgain.Band == MatchBand.Link, sonAgain.ToString());
    }

    [Fact]
    public void A_name_with_its_space_moved_weighs_no_more_than_the_name_itself_whichever_report_came_first()
    {
        var exact = _scorer.Score(Person("Mohammed Ali Hassan", "1980-01-01"), Person("Mohammed Ali Hassan", "1980-01-01"));
        var slipped = _scorer.Score(Person("Mohamme Dali Hassan", "1980-01-01"), Person("Mohammed Ali Hassan", "1980-01-01"));
        var slippedFirst = _scorer.Score(Person("Mohammed Ali Hassan", "1980-01-01"), Person("Mohamme Dali Hassan", "1980-01-01"));

        Assert.Equal("variant", Level(slipped, "name"));
        Assert.True(Contribution(slipped, "name") <= Contribution(exact, "name"), $"{slipped} against {exact}");
        Assert.Equal(Contribution(slipped, "name"), Contribution(slippedFirst, "name"), 6);
    }

    [Fact]
    public void A_suffix_on_an_alias_of_another_name_does_not_keep_a_man_from_himself()
    {
        var entity = new[] { Person("Karzan Hama Salih", "1985-05-05", phone: "0750 611 2291"), Person("Karzan Hama Salih", aliases: "John Smith Jr") };

        var score = _scorer.Score(Person("Karzan Hama Salih", "1985-05-05", phone: "+964 750 611 2291", aliases: "Robert Lane Sr"), entity);

        Assert.True(score.Band == MatchBand.Link, score.ToString());
    }

    [Fact]
    public void An_office_s_info_mailbox_is_no_one_s_email_so_two_men_of_near_names_registered_under_it_stay_apart()
    {
        var office = _scorer.Score(Person("Andrew Anderson", email: "info@noor-travel.com"), Person("Andy Anderson", email: "INFO@noor-travel.com"));
        var free = _scorer.Score(Person("Andrew Anderson", email: "info@gmail.com"), Person("Andy Anderson", email: "info@gmail.com"));

        Assert.Equal(MatchScore.Absent, Level(office, IdentifierKinds.Email));
        Assert.True(office.Band != MatchBand.Link, office.ToString());
        Assert.Equal("same", Level(free, IdentifierKinds.Email));
    }

    [Fact]
    public void Near_names_of_one_household_born_years_apart_are_relatives_unless_something_only_one_holds_ties_them()
    {
        const string Home = "14 Gulan Street, Erbil";
        var motherAndSon = _scorer.Score(Person("Mary Kusha", "1976-10-27", phone: "0750 123 4567", address: Home),
            Person("Mark Kusha", "1997-09-28", phone: "0750 123 4567", address: Home));
        var passport = _scorer.Score(Person("Mary Kusha", "1976-10-27", passport: "A1234567", address: Home),
            Person("Mark Kusha", "1997-09-28", passport: "A1234567", address: Home));
        var slip = _scorer.Score(Person("Mary Kusha", "1976-10-27", phone: "0750 123 4567", address: Home),
            Person("Mark Kusha", "1976-10-28", phone: "0750 123 4567", address: Home));

        var yearsGuessed = _scorer.Score(Person("Mary Kusha", "1976", phone: "0750 123 4567", address: Home),
            Person("Mark Kusha", "1979", phone: "0750 123 4567", address: Home));
        var fatherDropped = _scorer.Score(Person("Ahmed Ali Hassan", "1990-01-01", phone: "0750 123 4567", address: Home),
            Person("Ahmed Hassan", "1993-07-01", phone: "0750 123 4567", address: Home));

        Assert.Equal("variant", Level(motherAndSon, "name"));
        Assert.Equal(HeldReasons.BornApart, motherAndSon.HeldReason);
        Assert.True(passport.Band == MatchBand.Link, passport.ToString());
        Assert.True(slip.Band == MatchBand.Link, slip.ToString());
        Assert.True(yearsGuessed.Band == MatchBand.Link, yearsGuessed.ToString());
        Assert.True(fatherDropped.Band == MatchBand.Link, fatherDropped.ToString());
    }

    [Fact]
    public void An_address_many_are_reported_at_weighs_as_little_as_its_holders_make_it()
    {
        const string Hostel = "5 Sami Abdulrahman Street, Erbil";
        const string Flat = "27 Shorish Street, Sulaymaniyah";
        var frequencies = Population();
        frequencies.Observe(Person("Hemin Sarwar Rekani", nationality: "IRQ", address: Flat));
        for (var i = 0; i < 40; i++)
        {
            frequencies.Observe(Person("Karim Jamal Hassan", address: Hostel));
        }
        var scorer = Scorer(frequencies);

        var atFlat = scorer.Score(
            Person("Hemin Sarwar Rekani", nationality: "IRQ", address: Flat), Person("REKANY, Hemin", nationality: "SYR", address: Flat));
        var atHostel = scorer.Score(
            Person("Hemin Sarwar Rekani", nationality: "IRQ", address: Hostel), Person("REKANY, Hemin", nationality: "SYR", address: Hostel));

        Assert.True(Contribution(atHostel, "address") < Contribution(atFlat, "address") - 3, $"{atHostel} against {atFlat}");
        Assert.Equal(MatchBand.Link, atFlat.Band);
        Assert.NotEqual(MatchBand.Link, atHostel.Band);
    }

    private static string Level(MatchScore score, string comparison) => score.Comparisons.Single(c => c.Comparison == comparison).Level;

    private static double Contribution(MatchScore score, string comparison) => score.Comparisons.Single(c => c.Comparison == comparison).Contribution;
}
