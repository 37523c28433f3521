using Intel.Alerting.Alerts;
using Intel.ServiceDefaults.Auth;

namespace Intel.Alerting.Tests;

/// <summary>An alert's lifecycle decided on its state, without storage.</summary>
public sealed class AlertDeciderTests
{
    private static readonly Caller Analyst = new("uk-nca-analyst", "uk-nca");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Alert Raised() => Alert.Create(new AlertRaised(
        Guid.NewGuid(), Guid.NewGuid(), "uk-nca", "uk-nca-analyst", "watched-entity-seen", Guid.NewGuid(), Guid.NewGuid(), "seen", null, Now, Now));

    [Fact]
    public void A_raised_alert_is_acknowledged_then_closed_by_who_and_when()
    {
        var alert = Raised();

        var acknowledged = Assert.IsType<AlertAcknowledged>(Assert.Single(AlertDecider.Decide(alert, new AcknowledgeAlert(alert.Id, Analyst, Now)).Events));
        var closed = Assert.IsType<AlertClosed>(Assert.Single(AlertDecider.Decide(alert.Apply(acknowledged), new CloseAlert(alert.Id, Analyst, Now)).Events));

        Assert.Equal(("uk-nca-analyst", Now), (acknowledged.By, acknowledged.At));
        Assert.Equal(alert.Id, closed.AlertId);
    }

    [Fact]
    public void Asking_again_for_what_already_holds_records_nothing()
    {
        var alert = Raised();
        var acknowledged = alert.Apply(new AlertAcknowledged(alert.Id, "someone", Now));
        var closed = acknowledged.Apply(new AlertClosed(alert.Id, "someone", Now));

        Assert.Empty(AlertDecider.Decide(acknowledged, new AcknowledgeAlert(alert.Id, Analyst, Now)).Events);
        Assert.Empty(AlertDecider.Decide(closed, new AcknowledgeAlert(alert.Id, Analyst, Now)).Events);
        Assert.Empty(AlertDecider.Decide(closed, new CloseAlert(alert.Id, Analyst, Now)).Events);
    }

    [Fact]
    public void Another_agencys_alert_or_none_is_refused_as_not_found()
    {
        var alert = Raised();

        var stranger = AlertDecider.Decide(alert, new CloseAlert(alert.Id, new Caller("iq-border-analyst", "iq-border"), Now));
        var missing = AlertDecider.Decide(null, new AcknowledgeAlert(alert.Id, Analyst, Now));

        Assert.Equal(new AlertRefusal(404, "id", "No such alert."), stranger.Refusal);
        Assert.Equal(new AlertRefusal(404, "id", "No such alert."), missing.Refusal);
        Assert.Empty(stranger.Events);
    }
}
