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
}
