using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Resolution;

namespace Intel.EntityResolution.Tests;

/// <summary>The keys entity resolution matches on (the selectors themselves are tested with the standardisers).</summary>
public sealed class MatchKeyTests
{
    [Fact]
    public void People_without_identifiers_match_on_name_and_date_of_birth_whatever_the_word_order()
    {
        var one = MatchKeys.Of(new ReportedEntity { Ref = "p", Type = "person", Name = "Barzani Mohammed", DateOfBirth = "1984" });
        var other = MatchKeys.Of(new ReportedEntity { Ref = "p", Type = "person", Name = "mohammed  barzani", DateOfBirth = "1984" });
        var younger = MatchKeys.Of(new ReportedEntity { Ref = "p", Type = "person", Name = "Mohammed Barzani", DateOfBirth = "2001" });

        Assert.Equal(one, other);
        Assert.NotEqual(one, younger);
    }

    [Fact]
    public void An_organisation_matches_on_its_registration_first_then_on_each_of_its_names_without_legal_form()
    {
        var keys = MatchKeys.Of(new ReportedEntity
        {
            Ref = "o", Type = "organisation", Name = "Al-Noor Travel Ltd", Aliases = ["Alnoor Tourism Company"], Country = "GB", RegistrationNumber = "0123 4567",
        });

        Assert.Equal(["organisation-registration:GB/01234567", "organisation:noor travel", "organisation:alnoor tourism"], keys);
    }

    [Fact]
    public void An_organisation_at_an_address_also_matches_on_the_address_with_its_names_first_word_but_not_on_a_town()
    {
        var firm = new ReportedEntity { Ref = "o", Type = "organisation", Name = "Noor Travel Agency" };
        var office = new ReportedEntity { Ref = "l1", Type = "location", Name = "14 Gulan Street, Erbil", Country = "IQ" };
        var town = new ReportedEntity { Ref = "l2", Type = "location", Name = "Erbil", Country = "IQ" };

        var keys = MatchKeys.Of(firm, [firm, office, town], [new ReportLink("o", "l1", "located-at"), new ReportLink("l2", "o", "hosts")]);

        Assert.Equal(["organisation:noor travel agency", "organisation-at:14 erbil gulan street|IQ/noor"], keys);
    }
}
