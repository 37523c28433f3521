using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Npgsql;
using Intel.Testing;
using static Intel.Testing.ReportResolution;

namespace Intel.System.Tests;

public sealed class PoisonFixture : PlatformFixture
{
    protected override string Name => "poison";
}

/// <summary>
/// A message a consumer can never process (it contradicts itself, or names an agency the service does not know)
/// is parked in its endpoint's _error queue at once, with the reason in its headers; one that failed for a
/// transient cause is parked once its retries are spent. Neither holds up the reports behind it. An operator moves it back when its cause is gone: its effects
/// are then applied once, however often it is replayed; while the cause remains, it only parks again.
/// </summary>
public sealed class PoisonTests(PoisonFixture fixture) : IClassFixture<PoisonFixture>
{
    private const string Queue = PoisonMessages.ReportIngestedQueue;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_message_entity_resolution_cannot_process_is_parked_while_later_reports_flow_and_parks_again_when_replayed()
    {
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var analyst = await WatchingAnalystAsync("+9647701112233");
        await using var broker = await BrokerQueues.ConnectAsync(fixture.Platform.RabbitMq);
        var poisonReport = Guid.CreateVersion7();
        var (messageId, envelope) = PoisonMessages.ReportIngestedWithDanglingLink(poisonReport, "POISON-1", "uk-nca", "+9647701112233", "krg-security");

        var parkedBefore = await broker.CountAsync($"{Queue}_error");

        await broker.PublishAsync(PoisonMessages.ReportIngestedExchange, envelope, messageId);
        var later = await SubmitAsync(feed, SampleReports.Phone("IQB-after-poison", "0770 111 2233", "krg-security"));

        await Eventually.GetAsync(async () => await AlertsForAsync(analyst, later) == 1 ? "alerted" : null, Within, "the later report alerted");
        await ParkedAsync(broker, parkedBefore + 1, "the poison parked");
        var replayed = Assert.Single(await broker.ReplayAsync(Queue, m => m.Properties.MessageId == messageId.ToString()));
        Assert.EndsWith("MessageRefusedException: ReportIngestedConsumer refuses ReportIngested " + messageId
            + ": links[0] names a ref the report does not have", replayed.Fault, StringComparison.Ordinal);
        Assert.Equal(0, replayed.RetryCount);
        await ParkedAsync(broker, parkedBefore + 1, "the replayed poison parked again");

        Assert.Equal(0, await AlertsForAsync(analyst, poisonReport));
        Assert.DoesNotContain(poisonReport, await MentionsAsync(analyst, "phone:+9647701112233"));
    }

    [Fact]
    public async Task An_alert_for_an_agency_partner_gateway_does_not_know_is_parked_at_once_with_the_reason()
    {
        await using var broker = await BrokerQueues.ConnectAsync(fixture.Platform.RabbitMq);
        var parkedBefore = await broker.CountAsync($"{PoisonMessages.AlertRaisedQueue}_error");
        var (messageId, envelope) = PoisonMessages.AlertRaisedForUnknownAgency("xx-unknown", "https://partner.example/alerts");

        await broker.PublishAsync(PoisonMessages.AlertRaisedExchange, envelope, messageId);

        await Eventually.GetAsync(async () => await broker.CountAsync($"{PoisonMessages.AlertRaisedQueue}_error") == parkedBefore + 1 ? "parked" : null,
            Within, "the alert parked");
        var parked = Assert.Single(await broker.ReplayAsync(PoisonMessages.AlertRaisedQueue, m => m.Properties.MessageId == messageId.ToString()));
        Assert.Equal($"AlertRaisedConsumer refuses AlertRaised {messageId}: it names agency 'xx-unknown', which partner-gateway does not know",
            parked.Header("MT-Fault-Message"));
        Assert.Equal(0, parked.RetryCount);
    }

    [Fact]
    public async Task A_report_parked_while_its_store_refused_it_is_applied_once_when_replayed_after_the_fault_is_gone()
    {
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        using var analyst = await WatchingAnalystAsync("+9647701112200", "+9647701112201");
        await using var broker = await BrokerQueues.ConnectAsync(fixture.Platform.RabbitMq);
        var parkedBefore = await broker.CountAsync($"{Queue}_error");
        await RefuseKeyAsync("phone:+9647701112200", refuse: true);

        var refused = await SubmitAsync(feed, SampleReports.Phone("IQB-refused", "0770 111 2200", "krg-security"));
        var later = await SubmitAsync(feed, SampleReports.Phone("IQB-after-refused", "0770 111 2201", "krg-security"));
        await Eventually.GetAsync(async () => await AlertsForAsync(analyst, later) == 1 ? "alerted" : null, Within, "the later report alerted");
        await ParkedAsync(broker, parkedBefore + 1, "the refused report parked");
        Assert.Equal("accepted", (await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{refused}")).GetProperty("status").GetString());

        await RefuseKeyAsync("phone:+9647701112200", refuse: false);
        var parked = Assert.Single(await broker.ReplayAsync(Queue, m => Encoding.UTF8.GetString(m.Body.Span).Contains(refused.ToString(), StringComparison.Ordinal)));
        Assert.Equal(8, parked.RetryCount);
        await Eventually.GetAsync(async () => await AlertsForAsync(analyst, refused) == 1 ? "alerted" : null, Within, "the replayed report alerted");

        // An operator replays the same message a second time: entity resolution must skip it.
        var observer = new DeliveryObserver();
        using var observed = fixture.Platform.Service<IBus>("entity-resolution").ConnectConsumeObserver(observer);
        await broker.SendAsync(Queue, parked);
        Assert.True(await observer.ConsumedAsync(Guid.Parse(parked.Properties.MessageId!)), "entity resolution faulted on the second replay");

        var history = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{refused}/history");
        Assert.Single(history.EnumerateArray(), e => e.GetProperty("type").GetString() == "report-resolved");
        Assert.Equal(1, await AlertsForAsync(analyst, refused));
        Assert.Equal([refused], await MentionsAsync(analyst, "phone:+9647701112200"));
        Assert.Equal(parkedBefore, await broker.CountAsync($"{Queue}_error"));
    }

    private static Task<string> ParkedAsync(BrokerQueues broker, uint count, string what) =>
        Eventually.GetAsync(async () => await broker.CountAsync($"{Queue}_error") == count ? what : null, Within, what);

    private async Task<HttpClient> WatchingAnalystAsync(params string[] watched)
    {
        var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        (await analyst.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = $"watch {watched[0]}", watch = new { selectors = watched.Select(p => $"phone:{p}") }, rules = new[] { "watched-entity-seen" },
        })).EnsureSuccessStatusCode();
        return analyst;
    }

    /// <summary>
    /// The fault: entity resolution's own store refuses to record one key (a trigger in its schema), so every
    /// attempt to resolve a report about it fails, as a defect or a broken constraint would make it.
    /// </summary>
    private async Task RefuseKeyAsync(string key, bool refuse)
    {
        await using var connection = new NpgsqlConnection(fixture.Platform.Postgres);
        await connection.OpenAsync();
        var sql = refuse
            ? $"""
              CREATE FUNCTION entity_resolution.refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN RAISE EXCEPTION 'key % refused', NEW.id; END $$;
              CREATE TRIGGER refuse_key BEFORE INSERT ON entity_resolution.mt_doc_entitykey
              FOR EACH ROW WHEN (NEW.id = '{key}') EXECUTE FUNCTION entity_resolution.refuse_key();
              """
            : "DROP TRIGGER refuse_key ON entity_resolution.mt_doc_entitykey; DROP FUNCTION entity_resolution.refuse_key();";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }


    /// <summary>How many times the report is counted on the analyst's alerts (reports close together share one alert).</summary>
    private static async Task<int> AlertsForAsync(HttpClient analyst, Guid report)
    {
        var page = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500");
        return page.GetProperty("items").EnumerateArray().SelectMany(a => a.GetProperty("reportIds").EnumerateArray()).Count(r => r.GetGuid() == report);
    }

    private static async Task<IReadOnlyList<Guid>> MentionsAsync(HttpClient analyst, string selector)
    {
        var found = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities?selector={Uri.EscapeDataString(selector)}");
        return [.. found.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("entity").GetProperty("mentions").EnumerateArray())
            .Select(m => m.GetProperty("reportId").GetGuid())];
    }
}
