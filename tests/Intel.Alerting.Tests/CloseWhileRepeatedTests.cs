using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Npgsql;
using Intel.Alerting.Alerts;
using Intel.Alerting.Matching;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>
/// An analyst closes an alert while a report of its group is being counted on it: the report has read the alert open and
/// holds the group's lock, and has not committed. Whatever the order of the two commits, the report must end on an alert
/// still open (or raise a new one), never counted on the alert the analyst closed.
/// </summary>
public sealed class CloseWhileRepeatedTests(GroupingPlatformFixture fixture) : IClassFixture<GroupingPlatformFixture>
{
    [Fact]
    public async Task A_close_decided_while_a_report_is_being_counted_on_the_alert_is_refused_and_the_alert_stays_open_with_the_report()
    {
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        var subscriptionId = await SubscribeAsync(analyst, new
        {
            name = "Closed while repeated", watch = new { selectors = new[] { "phone:+9647501110077" } }, rules = new[] { "watched-entity-seen" },
        });
        var first = await SubmitAsync(feed, SampleReports.Phone("KRG-close-race-1", "0750 111 0077"));
        var alertId = (await AlertAsync(analyst, a => a.GetProperty("reportId").GetGuid() == first)).GetProperty("id").GetGuid();
        var store = fixture.Platform.Service<IDocumentStore>("alerting");
        await using var read = store.QuerySession();
        var raised = (await read.LoadAsync<Alert>(alertId))!.Raised;
        var reportId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var candidate = raised with
        {
            AlertId = Alert.IdFor(raised.SubscriptionId, raised.Rule, raised.EntityId, reportId), ReportId = reportId,
            Summary = "The boat phone again.", RaisedAt = now, ReportReceivedAt = now,
        };

        // The report's side as the consumer runs it, stopped before its commit: group locked, alert read open, repeat appended.
        await using var repeat = store.LightweightSession();
        Assert.Equal((0, 1), await ReportResolvedConsumer.RecordAsync(repeat, [candidate], TimeSpan.FromHours(1), CancellationToken.None));
        var close = analyst.PostAsync($"/api/v1/alerts/{alertId}/close", null);
        await Eventually.GetAsync(async () => close.IsCompleted || await WaitsForGroupLockAsync(repeat) ? "closed or waiting" : null,
            TimeSpan.FromSeconds(30), "the close answered, or waiting for the group's lock");
        await repeat.SaveChangesAsync();
        using var closed = await close;

        var counting = await AlertAsync(analyst, a => a.GetProperty("reportIds").EnumerateArray().Any(r => r.GetGuid() == reportId));
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{counting.GetProperty("id").GetGuid()}/history");
        Assert.DoesNotContain("alert-closed", history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(subscriptionId, counting.GetProperty("subscriptionId").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
    }

    // The report's transaction asks on its own connection whether another transaction waits for an alert group's lock.
    private static async Task<bool> WaitsForGroupLockAsync(IDocumentSession session)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database AND d.datname = current_database() "
            + "WHERE l.locktype = 'advisory' AND NOT l.granted AND l.classid::bigint = @class", (NpgsqlConnection)session.Connection!);
        command.Parameters.AddWithValue("class", (long)AlertGroupLock.LockClass);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
