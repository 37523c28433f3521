using JasperFx.Events.Projections;
using Marten;
using Intel.PartnerGateway.Administration;
using Intel.PartnerGateway.Agencies;
using Intel.PartnerGateway.Clients;
using Intel.PartnerGateway.Deliveries;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.Oidc;
using Intel.PartnerGateway.People;
using Intel.PartnerGateway.SignIn;
using Intel.PartnerGateway.Tokens;
using Intel.PartnerGateway.Webhooks;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Hosting;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway;

/// <summary>Composition root of partner-gateway: identity, tokens, signing keys and delivery to partners.</summary>
public static class PartnerGatewayApp
{
    public const string ServiceName = "intel-partner-gateway";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(PartnerGatewayApp).Assembly);
        builder.AddIntelStore("partner_gateway", store =>
        {
            store.Projections.Snapshot<Agency>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<PartnerClient>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<SigningKeyRing>(SnapshotLifecycle.Inline);
            store.Projections.Snapshot<AlertDelivery>(SnapshotLifecycle.Inline);
            store.Schema.For<PartnerClient>().UniqueIndex(c => c.ClientId);
            store.Schema.For<Agency>().UniqueIndex(a => a.AgencyId);
            store.Schema.For<AlertDelivery>().Index(d => d.Pending);
            store.Projections.Snapshot<Person>(SnapshotLifecycle.Inline);
            store.Schema.For<Person>().UniqueIndex(p => p.Email).Index(p => p.Agency);
            store.Schema.For<DataProtectionKey>().Identity(k => k.Id);
        });
        builder.AddIntelOutbox<PartnerMessages>();
        builder.AddIntelBus("partner-gateway", bus =>
        {
            bus.AddConsumer<AgenciesRequestedConsumer>();
            bus.AddConsumer<AlertRaisedConsumer>();
            bus.AddConsumer<WebhookRegisteredConsumer>();
            bus.AddConsumer<WebhookRemovedConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<PartnerSeed>(builder.Configuration.GetSection(PartnerSeed.Section));
        builder.Services.AddHostedService<PartnerSeeder>();
        builder.AddSigningKeys();
        // People and their OpenID clients are seeded (or refused, in production) before delivery starts working.
        builder.AddPeople();
        builder.AddPeopleOidc();
        builder.AddWebhookDelivery();
        // partner-gateway owns the revocations: it reads them from its store instead of polling itself.
        builder.Services.UseRevocationCheck<StoreRevocationCheck>();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIntelHealth();
        app.MapIntelOpenApi();
        app.MapTokenEndpoint();
        app.MapKeySet();
        app.MapRevocations();
        app.MapAdminApi();
        app.MapPeopleOidc();
        app.MapPeopleApi();
        app.MapWebhookSecrets();
        return app;
    }
}
