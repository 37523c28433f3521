using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using MassTransit;
using Intel.Alerting.Alerts;
using Intel.EntityResolution.Entities;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Messaging;
using Intel.Testing;

namespace Intel.System.Tests;

/// <summary>
/// Delivery is at least once; effects are exactly once. A message delivered again, with the id
/// the outbox gave it, changes nothing in entity resolution or alerting; alerting counts a report
/// once even when it arrives again under another id.
/// </summary>
public sealed class RedeliveryTests(GroupingPlatformFixture fixture) : IClassFixture<GroupingPlatformFixture>
{
    [Fact]
    public async Task A_report_delivered_twice_is_resolved_and_alerted_once()
    {
        var platform = fixture.Platform;
        using var feed = await PartnerClient.ForAsync(platform.Gateway, "iq-border-feed");
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, "iq-border-analyst");
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Smuggler phone", watch = new { selectors = new[] { "phone:+9647709998877" } }, rules = new[] { "watched-entity-seen" },
        })).EnsureSuccessStatusCode();
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("IQB-dup-1", "0770 999 8877"));
        var reportId = (await PlatformFixture.JsonAsync(submitted)).GetProperty("id").GetGuid();
        var entityId = await Eventually.GetAsync(async () =>
        {
            var report = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
            return report.GetProperty("entities")[0].TryGetProperty("entityId", out var id) ? id.GetGuid() : (Guid?)null;
        }, TimeSpan.FromSeconds(30), "the report resolved");
        await Eventually.GetAsync(async () => await AlertCountAsync(analyst, reportId) == 1 ? "alerted" : null,
            TimeSpan.FromSeconds(30), "one alert");

        var observer = new DeliveryObserver();
        using var resolutionObserved = platform.Service<IBus>("entity-resolution").ConnectConsumeObserver(observer);
        using var alertingObserved = platform.Service<IBus>("alerting").ConnectConsumeObserver(observer);

        var (ingested, ingestedId) = await StoredMessageAsync<ReportSubmitted>(platform.Service<IDocumentStore>("ingestion"), reportId,
            e => Report.Create(e).ToMessage());
        var (resolved, resolvedId) = await StoredMessageAsync<Intel.EntityResolution.Resolution.ResolutionRecorded>(
            platform.Service<IDocumentStore>("entity-resolution"), reportId, e => e.ToMessage());
        var bus = platform.Service<IBus>("ingestion");
        await bus.Publish(ingested, ingested.GetType(), ctx => ctx.MessageId = ingestedId);
        await bus.Publish(resolved, resolved.GetType(), ctx => ctx.MessageId = resolvedId);

        Assert.True(await observer.ConsumedAsync(ingestedId), "entity resolution faulted on the redelivery");
        Assert.True(await observer.ConsumedAsync(resolvedId), "alerting faulted on the redelivery");
        await using var entities = platform.Service<IDocumentStore>("entity-resolution").QuerySession();
        var entity = await entities.LoadAsync<Entity>(entityId!.Value);
        Assert.Single(entity!.Mentions);
        Assert.Single(await entities.Events.FetchStreamAsync(reportId));
        Assert.Equal(1, await AlertCountAsync(analyst, reportId));
        await using var alerts = platform.Service<IDocumentStore>("alerting").QuerySession();
        Assert.Equal(1, await alerts.Query<Alert>().CountAsync(a => a.Raised.ReportId == reportId));
    }

    [Fact]
    public async Task A_resolution_published_twice_at_once_under_one_id_is_recorded_on_the_report_once()
    {
        var platform = fixture.Platform;
        using var feed = await PartnerClient.ForAsync(platform.Gateway, "iq-border-feed");
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("IQB-dup-at-once", "0770 999 1234"));
        var reportId = (await PlatformFixture.JsonAsync(submitted)).GetProperty("id").GetGuid();
        await Eventually.GetAsync(async () => await ResolutionsRecordedAsync(platform, reportId) == 1 ? "resolved" : null,
            TimeSpan.FromSeconds(30), "the report resolved");

        // Both copies are first deliveries, as when the outbox publishes again after a lost confirm: neither is
        // read as applied on the way in, so only the applied-message record's unique key can refuse the second.
        var observer = new DeliveryObserver();
        using var observed = platform.Service<IBus>("ingestion").ConnectConsumeObserver(observer);
        var (resolved, _) = await StoredMessageAsync<Intel.EntityResolution.Resolution.ResolutionRecorded>(
            platform.Service<IDocumentStore>("entity-resolution"), reportId, e => e.ToMessage());
        var messageId = Guid.NewGuid();
        var bus = platform.Service<IBus>("entity-resolution");
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => bus.Publish(resolved, resolved.GetType(), ctx => ctx.MessageId = messageId)));

        var deliveries = await observer.DeliveriesAsync(messageId, 2);
        Assert.Equal([true, true], deliveries);
        Assert.Equal(2, await ResolutionsRecordedAsync(platform, reportId));
    }

    /// <summary>How many resolutions ingestion recorded on a report.</summary>
    private static async Task<int> ResolutionsRecordedAsync(Platform platform, Guid reportId)
    {
        await using var session = platform.Service<IDocumentStore>("ingestion").QuerySession();
        return (await session.Events.FetchStreamAsync(reportId)).Count(e => e.Data is ReportResolved);
    }

    [Fact]
    public async Task Reports_counted_on_one_alert_and_delivered_again_under_new_ids_are_counted_once()
    {
        var platform = fixture.Platform;
        using var feed = await PartnerClient.ForAsync(platform.Gateway, "uk-homeoffice-feed");
        using var analyst = await PartnerClient.ForAsync(platform.Gateway, "uk-homeoffice-analyst");
        using var subscribed = await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "Crossing phone", watch = new { selectors = new[] { "phone:+447700900888" } }, rules = new[] { "watched-entity-seen" },
        });
        var subscriptionId = (await PlatformFixture.JsonAsync(subscribed)).GetProperty("id").GetGuid();
        var reports = new List<Guid>();
        foreach (var reference in new[] { "HO-group-dup-1", "HO-group-dup-2" })
        {
            using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone(reference, "+44 7700 900888"));
            reports.Add((await PlatformFixture.JsonAsync(submitted)).GetProperty("id").GetGuid());
            await Eventually.GetAsync(async () => (await AlertOfAsync(analyst, subscriptionId))?.GetProperty("count").GetInt32() == reports.Count ? "counted" : null,
                TimeSpan.FromSeconds(30), $"the alert counting {reports.Count} reports");
        }

        var observer = new DeliveryObserver();
        using var observed = platform.Service<IBus>("alerting").ConnectConsumeObserver(observer);
        foreach (var report in reports)
        {
            var (resolved, _) = await StoredMessageAsync<Intel.EntityResolution.Resolution.ResolutionRecorded>(
                platform.Service<IDocumentStore>("entity-resolution"), report, e => e.ToMessage());
            var messageId = Guid.NewGuid();
            await platform.Service<IBus>("entity-resolution").Publish(resolved, resolved.GetType(), ctx => ctx.MessageId = messageId);
            Assert.True(await observer.ConsumedAsync(messageId), "alerting faulted on the redelivery");
        }

        var alert = (await AlertOfAsync(analyst, subscriptionId))!.Value;
        Assert.Equal(2, alert.GetProperty("count").GetInt32());
        Assert.Equal(reports, alert.GetProperty("reportIds").EnumerateArray().Select(r => r.GetGuid()));
        await using var alerts = platform.Service<IDocumentStore>("alerting").QuerySession();
        Assert.Equal(1, await alerts.Query<Alert>().CountAsync(a => a.Raised.SubscriptionId == subscriptionId));
    }

    /// <summary>The one alert of a subscription, once there is one.</summary>
    private static async Task<JsonElement?> AlertOfAsync(HttpClient analyst, Guid subscriptionId)
    {
        var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500");
        return page.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("subscriptionId").GetGuid() == subscriptionId)
            .Cast<JsonElement?>().SingleOrDefault();
    }

    /// <summary>The message the outbox published for a stored event, with the id it gave it.</summary>
    private static async Task<(object Message, Guid MessageId)> StoredMessageAsync<TEvent>(
        IDocumentStore store, Guid streamId, Func<TEvent, object> toMessage)
    {
        await using var session = store.QuerySession();
        var stored = (await session.Events.FetchStreamAsync(streamId)).First(e => e.Data is TEvent);
        return (toMessage((TEvent)stored.Data), OutboxRelay.MessageIdFor(stored.Id, 0));
    }

    private static async Task<int> AlertCountAsync(HttpClient analyst, Guid reportId)
    {
        var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500");
        return page.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("reportId").GetGuid() == reportId);
    }
}
