using Intel.Alerting.Alerts;
using Intel.ServiceDefaults.Identity;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Alerting.Tests;

/// <summary>Ids derived from content stay what they were when stored: a change would orphan every stored alert, agency and message id.</summary>
public sealed class DeterministicIdTests
{
    [Fact]
    public void The_same_content_gives_the_id_stored_before()
    {
        Assert.Equal(Guid.Parse("a05268fd-35a5-9196-51ca-4d5aea09c245"), DeterministicId.Of("agency:uk-nca"));
        Assert.Equal(
            Guid.Parse("2f58c3d2-8139-0822-7be5-b2f10c26e719"),
            Alert.IdFor(Guid.Parse("00000000-0000-0000-0000-000000000001"), "watched-entity-seen", Guid.Parse("00000000-0000-0000-0000-000000000002"), Guid.Parse("00000000-0000-0000-0000-000000000003")));
        Assert.Equal(Guid.Parse("b2c947de-b87e-00d3-dbb5-f2c353e632c3"), OutboxRelay.MessageIdFor(Guid.Empty, 0));
    }
}
