using System.Text.Json;
using Intel.Alerting.Alerts;

namespace Intel.Alerting.Tests;

/// <summary>What an agency is shown of an alert counting reports it may and may not see.</summary>
public sealed class AlertViewTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Seen = Guid.NewGuid();
    private static readonly Guid Unseen = Guid.NewGuid();
    private static readonly Guid AlsoSeen = Guid.NewGuid();

    private static JsonElement Shown(object view) => JsonSerializer.SerializeToElement(view, JsonSerializerOptions.Web);

    [Fact]
    public void A_grouped_alert_counts_every_report_but_lists_and_conditions_only_those_the_agency_may_see()
    {
        var item = new AlertFeedItem(Guid.NewGuid(), 42, Guid.NewGuid(), "uk-nca", "cross-agency-hit", At, Seen, Guid.NewGuid(),
            "eu-partner now also holds information on a phone your agency reported.", At.AddSeconds(-1), true, "Not for court use")
        {
            Repeats =
            [
                new AlertRepeated(Guid.NewGuid(), Unseen, "iq-border now also holds…", At.AddSeconds(5), At.AddSeconds(4), false, "Source protection"),
                new AlertRepeated(Guid.NewGuid(), AlsoSeen, "eu-partner…", At.AddSeconds(9), At.AddSeconds(8), true, null),
            ],
        };

        var shown = Shown(AlertView.Of(item));

        Assert.Equal(3, shown.GetProperty("count").GetInt32());
        Assert.Equal([Seen, AlsoSeen], shown.GetProperty("reportIds").EnumerateArray().Select(r => r.GetGuid()));
        Assert.Equal("Not for court use", shown.GetProperty("conditions").GetString());
        Assert.DoesNotContain(Unseen.ToString(), shown.GetRawText());
        Assert.DoesNotContain("Source protection", shown.GetRawText());
    }

    [Fact]
    public void A_hit_on_a_report_the_agency_may_not_see_names_neither_its_id_nor_when_it_arrived_nor_its_conditions()
    {
        var item = new AlertFeedItem(Guid.NewGuid(), 7, Guid.NewGuid(), "uk-nca", "cross-agency-hit", At, Unseen, Guid.NewGuid(),
            "iq-border now also holds information on a phone your agency reported.", At.AddSeconds(-1), false, "Source protection");

        var shown = Shown(AlertView.Of(item));

        Assert.Equal(JsonValueKind.Null, shown.GetProperty("reportId").ValueKind);
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("reportReceivedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("conditions").ValueKind);
        Assert.Empty(shown.GetProperty("reportIds").EnumerateArray());
        Assert.Equal(1, shown.GetProperty("count").GetInt32());
    }

    [Fact]
    public void The_history_of_such_a_hit_holds_no_more_than_the_alert()
    {
        var raised = new AlertRaised(Guid.NewGuid(), Guid.NewGuid(), "uk-nca", "uk-nca-analyst", "cross-agency-hit", Unseen, Guid.NewGuid(),
            "iq-border now also holds information on a phone your agency reported.", null, At, At.AddSeconds(-1), false, "Source protection");
        var repeated = new AlertRepeated(raised.AlertId, Guid.NewGuid(), "iq-border…", At, At.AddSeconds(-3), false, "Source protection");

        foreach (var shown in new[] { Shown(AlertView.HistoryData(raised)), Shown(AlertView.HistoryData(repeated)) })
        {
            Assert.Equal(JsonValueKind.Null, shown.GetProperty("reportId").ValueKind);
            Assert.Equal(JsonValueKind.Null, shown.GetProperty("reportReceivedAt").ValueKind);
            Assert.DoesNotContain("Source protection", shown.GetRawText());
            Assert.DoesNotContain(Unseen.ToString(), shown.GetRawText());
        }
    }
}
