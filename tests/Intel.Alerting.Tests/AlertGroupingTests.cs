using Intel.Alerting.Alerts;

namespace Intel.Alerting.Tests;

/// <summary>The decision behind grouping: count a report on the open alert it repeats, raise a new one otherwise, never alert a report twice.</summary>
public sealed class AlertGroupingTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Subscription = Guid.NewGuid();
    private static readonly Guid Phone = Guid.NewGuid();

    private static AlertRaised Candidate(TimeSpan after, string rule = "watched-entity-seen", Guid? entity = null, bool disclosed = true)
    {
        var report = Guid.NewGuid();
        return new AlertRaised(Alert.IdFor(Subscription, rule, entity ?? Phone, report), Subscription, "krg-security", "krg-security-analyst",
            rule, report, entity ?? Phone, $"report {report}", null, Start + after, Start + after - TimeSpan.FromSeconds(1), disclosed, "Not for court use");
    }

    private static Alert Open(AlertRaised raised) => Alert.Create(raised);

    [Fact]
    public void A_report_of_the_same_subscription_rule_and_entity_within_the_window_is_counted_on_the_open_alert()
    {
        var first = Candidate(TimeSpan.Zero);
        var second = Candidate(TimeSpan.FromSeconds(29));

        var repeated = Assert.IsType<AlertRepeated>(AlertGrouping.Decide(second, false, Open(first), Window));

        Assert.Equal(first.AlertId, repeated.AlertId);
        Assert.Equal(second.ReportId, repeated.ReportId);
        Assert.Equal(second.Summary, repeated.Summary);
        Assert.Equal("Not for court use", repeated.HandlingConditions);
    }

    [Fact]
    public void A_hit_on_a_report_the_agency_may_not_see_stays_undisclosed_when_counted()
    {
        var repeated = Assert.IsType<AlertRepeated>(
            AlertGrouping.Decide(Candidate(TimeSpan.FromSeconds(5), "cross-agency-hit", disclosed: false), false, Open(Candidate(TimeSpan.Zero, "cross-agency-hit")), Window));

        Assert.False(repeated.ReportDisclosed);
    }

    [Fact]
    public void A_report_at_or_after_the_end_of_the_window_raises_a_new_alert()
    {
        var late = Candidate(Window);

        Assert.Same(late, AlertGrouping.Decide(late, false, Open(Candidate(TimeSpan.Zero)), Window));
    }

    [Fact]
    public void A_closed_alert_takes_no_more_reports_but_an_acknowledged_one_does()
    {
        var first = Open(Candidate(TimeSpan.Zero));
        var next = Candidate(TimeSpan.FromSeconds(1));

        Assert.Same(next, AlertGrouping.Decide(next, false, first.Apply(new AlertClosed(first.Id, "analyst", Start)), Window));
        Assert.IsType<AlertRepeated>(AlertGrouping.Decide(next, false, first.Apply(new AlertAcknowledged(first.Id, "analyst", Start)), Window));
    }

    [Fact]
    public void Another_rule_or_entity_is_never_grouped_with_it()
    {
        var open = Open(Candidate(TimeSpan.Zero));
        var otherRule = Candidate(TimeSpan.FromSeconds(1), "network-link");
        var otherEntity = Candidate(TimeSpan.FromSeconds(1), entity: Guid.NewGuid());

        Assert.Same(otherRule, AlertGrouping.Decide(otherRule, false, open, Window));
        Assert.Same(otherEntity, AlertGrouping.Decide(otherEntity, false, open, Window));
    }

    [Fact]
    public void A_zero_window_raises_one_alert_per_report()
    {
        var next = Candidate(TimeSpan.FromMilliseconds(1));

        Assert.Same(next, AlertGrouping.Decide(next, false, Open(Candidate(TimeSpan.Zero)), TimeSpan.Zero));
    }

    [Fact]
    public void A_report_already_alerted_is_not_alerted_again_whether_it_raised_or_was_counted()
    {
        var first = Candidate(TimeSpan.Zero);

        Assert.Null(AlertGrouping.Decide(first, true, null, Window));
        Assert.Null(AlertGrouping.Decide(Candidate(TimeSpan.FromSeconds(1)), true, Open(first), Window));
    }

    [Fact]
    public void With_no_alert_before_it_a_report_raises_its_own()
    {
        var first = Candidate(TimeSpan.Zero);

        Assert.Same(first, AlertGrouping.Decide(first, false, null, Window));
    }
}
