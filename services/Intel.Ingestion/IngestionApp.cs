using JasperFx.Events.Projections;
using Marten;
using Intel.Ingestion.Agencies;
using Intel.Ingestion.Disclosures;
using Intel.Ingestion.Misp;
using Intel.Ingestion.Misp.Definitions;
using Intel.Ingestion.Misp.Feed;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Reports.Listing;
using Intel.Ingestion.Resolution;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii;
using Intel.Ingestion.Taxii.Defaults;
using Intel.ServiceDefaults.Hosting;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Warmup;

namespace Intel.Ingestion;

/// <summary>Composition root of ingestion: accepting reports and keeping their history.</summary>
public static class IngestionApp
{
    public const string ServiceName = "intel-ingestion";
    public const string Schema = "ingestion";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(IngestionApp).Assembly);
        builder.AddIntelStore(Schema, store =>
        {
            TaxiiObjectTable.Add(store, Schema);
            store.Projections.Add(new TaxiiObjectsProjection(Schema), ProjectionLifecycle.Async);
            store.Projections.Snapshot<Report>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<ReportListing>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<Disclosure>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<InboundDefaults>(SnapshotLifecycle.Inline);
            store.Schema.For<Disclosure>().Index(d => d.Holder).Index(d => d.Requester);
            store.Schema.For<ReportReference>().Identity(r => r.Id);
            store.Schema.For<KnownAgency>().Identity(a => a.Id);
            store.Schema.For<Taxii.Import.TaxiiStatus>().Identity(s => s.Id);
        });
        builder.AddIntelOutbox<IngestionMessages>();
        builder.AddIntelBus("ingestion", bus =>
        {
            bus.AddConsumer<AgencyRegisteredConsumer>();
            bus.AddConsumer<ReportResolvedConsumer>();
            bus.AddConsumer<EntityReadConsumer>();
        });
        builder.Services.AddHostedService<AgencyRequest>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KnownAgencies>();
        builder.Services.AddSingleton<ReportIntake>();
        builder.Services.AddSingleton<MispReleasability>();
        builder.Services.AddWarmup<IntakeWarmup>();
        builder.Services.AddSingleton<ObjectStore>();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIntelHealth();
        app.MapIntelOpenApi();
        app.MapSubmitReport();
        app.MapSubmitReportBatch();
        app.MapReadReport();
        app.MapSearchReports();
        app.MapExportReport();
        app.MapExtensionDefinitions();
        app.MapTaxii();
        app.MapCollectionDefaults();
        app.MapImportMispEvent();
        app.MapMispFeed();
        app.MapMispDefinitions();
        app.MapRequestDisclosure();
        app.MapAnswerDisclosure();
        return app;
    }
}
