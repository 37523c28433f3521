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
}
