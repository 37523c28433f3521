using JasperFx.Events.Projections;
using Marten;
using Intel.EntityResolution.Decisions;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching.Scoring;
using Intel.EntityResolution.Network;
using Intel.EntityResolution.People;
using Intel.EntityResolution.Releases;
using Intel.EntityResolution.Resolution;
using Intel.EntityResolution.Review;
using Intel.ServiceDefaults.Hosting;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Warmup;

namespace Intel.EntityResolution;

/// <summary>Composition root of entity resolution: who and what the reports are about.</summary>
public static class EntityResolutionApp
{
    public const string ServiceName = "intel-entity-resolution";
    public const string Schema = "entity_resolution";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(EntityResolutionApp).Assembly);
        builder.AddIntelStore(Schema, store =>
        {
            store.Projections.Snapshot<Entity>(SnapshotLifecycle.Inline);
            store.Schema.For<EntityKey>().Identity(k => k.Id);
            store.Schema.For<PersonMention>().Index(m => m.EntityId).Index(m => m.ReportId);
            store.Schema.For<LearntReportingErrors>().Index(l => l.Held);
            store.Schema.For<ReviewCase>().Index(c => c.Status).Index(c => c.EntityId).Index(c => c.Candidate);
            store.Schema.For<EntityLink>().Index(l => l.From).Index(l => l.To).Index(l => l.ReportId);
            BlockingTables.Add(store, Schema);
        });
        builder.AddIntelOutbox<EntityResolutionMessages>();
        builder.Services.AddSingleton(new MatchingModel(MatchWeights.Load(builder.Configuration["Resolution:Weights"] ?? MatchingModel.DefaultWeights), Schema));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PersonResolver>();
        builder.Services.AddSingleton<PersonSearch>();
        builder.Services.AddWarmup<ResolutionWarmup>();
        builder.Services.AddHostedService<ReportingErrorsLearning>();
        builder.AddIntelBus("entity-resolution", bus =>
        {
            bus.AddConsumer<ReportIngestedConsumer>();
            bus.AddConsumer<ReportReleasedConsumer>();
        });
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIntelHealth();
        app.MapIntelOpenApi();
        app.MapReadEntity();
        app.MapEntityHistory();
        app.MapReviewQueue();
        app.MapReviewDecisions();
        app.MapMergeEntities();
        app.MapSplitEntity();
        app.MapEntityNetwork();
        return app;
    }
}
