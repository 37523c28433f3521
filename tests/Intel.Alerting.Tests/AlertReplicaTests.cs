using System.Net.Http.Json;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>
/// Alerting runs as several replicas and only one of them (the daemon's leader) builds the alert feed;
/// an analyst's stream may be held open by any of them, and must hear of a new alert all the same.
/// </summary>
public sealed class AlertReplicaTests(ReplicaPlatformFixture fixture) : IClassFixture<ReplicaPlatformFixture>
{
    [Fact]
    public async Task A_stream_held_by_a_replica_that_does_not_build_the_feed_delivers_the_alert_without_waiting_for_its_poll()
    {
        var platform = fixture.Platform;
        var replica = await platform.StartReplicaAsync("alerting");
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, "krg-security-analyst");
        using var feed = await PartnerClient.ForAsync(platform.Gateway, "uk-nca-feed");
        using var subscribed = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Replica", watch = new { selectors = new[] { "phone:+9647509990101" } }, rules = new[] { "watched-entity-seen" },
        });
        subscribed.EnsureSuccessStatusCode();

        // Straight to the second replica: the gateway's balancing would not say which one holds the stream.
        using var onReplica = new HttpClient { BaseAddress = replica };
        onReplica.DefaultRequestHeaders.Authorization = analyst.DefaultRequestHeaders.Authorization;
        using var stream = await AlertStreamReader.OpenAsync(onReplica);
        using var report = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("NCA-replica-1", "+964 750 999 0101", "krg-security"));
        report.EnsureSuccessStatusCode();

        var alert = await stream.NextAsync();
        Assert.Contains("+9647509990101", alert.Data.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}
