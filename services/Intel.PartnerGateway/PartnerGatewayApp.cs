using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Intel.PartnerGateway.Agencies;
using Intel.PartnerGateway.Clients;
using Intel.PartnerGateway.Deliveries;
using Intel.PartnerGateway.Tokens;
using Intel.ServiceDefaults.Hosting;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway;

/// <summary>Composition root of partner-gateway: identity, tokens and delivery to partners.</summary>
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
            store.Projections.Snapshot<AlertDelivery>(SnapshotLifecycle.Inline);
            store.Schema.For<PartnerClient>().UniqueIndex(c => c.ClientId);
            store.Schema.For<Agency>().UniqueIndex(a => a.AgencyId);
        });
        builder.Services.AddSingleton<IOutboxMessages, PartnerMessages>();
        builder.AddIntelBus("partner-gateway", bus => bus.AddConsumer<AlertRaisedConsumer>());
        builder.Services.Configure<PartnerSeed>(builder.Configuration.GetSection(PartnerSeed.Section));
        builder.Services.AddHostedService<PartnerSeeder>();
        builder.Services.AddSingleton<SigningKeys>();
        // partner-gateway checks its own tokens with the key it holds instead of fetching it from itself.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeys>((o, keys) =>
            {
                o.MetadataAddress = string.Empty;
                o.Configuration = new OpenIdConnectConfiguration();
                o.TokenValidationParameters.IssuerSigningKeys = keys.Published;
            });
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIntelHealth();
        app.MapTokenEndpoint();
        app.MapKeySet();
        return app;
    }
}
