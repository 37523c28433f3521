using JasperFx.Events.Projections;
using Marten;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Resolution;
using Intel.ServiceDefaults.Hosting;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution;

/// <summary>Composition root of entity resolution: who and what the reports are about.</summary>
public static class EntityResolutionApp
{
    public const string ServiceName = "intel-entity-resolution";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(EntityResolutionApp).Assembly);
        builder.AddIntelStore("entity_resolution", store =>
        {
            store.Projections.Snapshot<Entity>(SnapshotLifecycle.Inline);
            store.Schema.For<EntityKey>().Identity(k => k.Id);
        });
        builder.Services.AddSingleton<IOutboxMessages, EntityResolutionMessages>();
        builder.AddIntelBus("entity-resolution", bus => bus.AddConsumer<ReportIngestedConsumer>());
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIntelHealth();
        app.MapReadEntity();
        return app;
    }
}
