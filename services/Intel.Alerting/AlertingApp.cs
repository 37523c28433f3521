using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Intel.Alerting.Alerts;
using Intel.Alerting.Matching;
using Intel.Alerting.Subscriptions;
using Intel.ServiceDefaults.Hosting;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Warmup;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.Alerting;

/// <summary>Composition root of alerting: subscriptions, matching, alerts and their lifecycle.</summary>
public static class AlertingApp
{
    public const string ServiceName = "intel-alerting";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(AlertingApp).Assembly);
        // Its own data source, not Marten's: the feed's notices and the listening connection are not documents. Keepalives
        // let a listening connection that went quiet because it died be noticed, and replaced.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(
            builder.Configuration.GetConnectionString("postgres") ?? throw new InvalidOperationException("ConnectionStrings:postgres is not set."))
        {
            KeepAlive = 30,
        }.ConnectionString));
        builder.Services.AddSingleton<AlertFeedNotices>();
        builder.Services.AddSingleton<AlertFeedSignal>();
        builder.Services.AddHostedService<AlertFeedListener>();
        builder.AddIntelStore("alerting", store =>
        {
            store.Projections.Snapshot<Subscription>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<Alert>(SnapshotLifecycle.Inline);
            store.Projections.Add<AlertFeedProjection>(ProjectionLifecycle.Async);
            store.Schema.For<WatchKey>().Identity(w => w.Id).Index(w => w.Key).Index(w => w.SubscriptionId);
            store.Schema.For<AlertFeedItem>().Index(a => a.Agency).Index(a => a.Cursor);
            store.Schema.For<Subscription>().Index(s => s.ClientId);
            store.Schema.For<Alert>().Index(a => a.Raised.SubscriptionId);
        });
        builder.Services.ConfigureMarten((services, store) => store.Projections.AsyncListeners.Add(services.GetRequiredService<AlertFeedSignal>()));
        builder.AddIntelOutbox<AlertingMessages>();
        builder.AddIntelBus("alerting", bus =>
        {
            bus.AddConsumer<ReportResolvedConsumer>();
            bus.AddConsumer<DisclosureAnsweredConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddWarmup<MatchWarmup>();
        builder.Services.AddOptions<AlertSettings>().Bind(builder.Configuration.GetSection(AlertSettings.Section))
            .Validate(s => s.GroupingWindow >= TimeSpan.Zero, "Alerts:GroupingWindow must not be negative.")
            .Validate(s => s.StreamFallback > TimeSpan.Zero, "Alerts:StreamFallback must be positive.").ValidateOnStart();
        builder.Services.Configure<WebhookSettings>(builder.Configuration.GetSection(WebhookSettings.Section));
        builder.Services.AddSingleton<WebhookPolicy>();
        builder.Services.AddHttpClient<WebhookSecrets>();
        builder.Services.AddHostedService<StoredWebhookSecrets>();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIntelHealth();
        app.MapIntelOpenApi();
        app.MapSubscriptions();
        app.MapAlerts();
        app.MapAlertStream();
        return app;
    }
}
