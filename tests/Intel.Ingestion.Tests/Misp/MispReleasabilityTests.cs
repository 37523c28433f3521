using System.Text.Json.Nodes;
using Intel.Ingestion.Misp;
using Microsoft.Extensions.Configuration;

namespace Intel.Ingestion.Tests.Misp;

/// <summary>The importing agency's own choice of who a MISP distribution level or sharing group reaches.</summary>
public sealed class MispReleasabilityTests
{
    private const string Group = "5d6d3b30-9db0-44b9-8869-7f56a5e38e14";

    private static readonly MispReleasability Chosen = new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [$"Misp:Releasability:uk-nca:{Group}:0"] = "uk-homeoffice",
        [$"Misp:Releasability:uk-nca:{Group}:1"] = "iq-border",
        ["Misp:Releasability:uk-nca:3:0"] = "uk-homeoffice",
    }).Build());

    [Theory]
    [InlineData("uk-nca", "4", Group, "uk-homeoffice,iq-border")]
    [InlineData("uk-nca", "4", "0b0c5c4e-0000-4000-8000-000000000000", "")]
    [InlineData("uk-nca", "3", null, "uk-homeoffice")]
    [InlineData("uk-nca", "1", null, "")]
    [InlineData("krg-security", "4", Group, "")]
    [InlineData("krg-security", "3", null, "*")]
    public void Each_agency_maps_levels_and_sharing_groups_as_it_chose_and_the_rest_by_default(string agency, string distribution, string? group, string expected)
    {
        var mispEvent = new JsonObject { ["distribution"] = distribution };
        if (group is not null)
        {
            mispEvent["SharingGroup"] = new JsonObject { ["uuid"] = group };
        }
        Assert.Equal(expected, string.Join(',', Chosen.For(agency, mispEvent).Select(a => a!.GetValue<string>())));
    }
}
