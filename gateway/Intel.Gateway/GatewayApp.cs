using Intel.Gateway.Documentation;
using Intel.Gateway.Health;
using Intel.Gateway.Protection;
using Intel.Gateway.Routing;
using Intel.ServiceDefaults.Hosting;

namespace Intel.Gateway;

/// <summary>Composition root of the gateway: the single public entry to the platform.</summary>
public static class GatewayApp
{
    public const string ServiceName = "intel-gateway";

    /// <summary>The largest body any route takes (the batch route); each route's own cap is in BodyLimits.</summary>
    public const long MaxBodyBytes = 5 << 20;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(GatewayApp).Assembly);
        ServiceAddresses.Apply(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddUntrustedForwardingHeaders();
        builder.Services.AddGatewayRateLimits(builder.Configuration);
        builder.Services.AddGatewayBodyLimits(builder.Configuration);
        builder.Services.AddGatewayTimeouts();
        builder.Services.AddHttpClient(nameof(PlatformHealth), c => c.Timeout = TimeSpan.FromSeconds(3));
        builder.Services.AddHttpClient(nameof(PublicContract), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHttpClient(nameof(TaxiiBasicCredentials), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<TaxiiBasicCredentials>();
        customize?.Invoke(builder);

        var app = builder.Build();
        // Outermost first, so every answer, the gateway's own refusals included, gets the headers and a problem body.
        app.UseSecurityHeaders();
        app.UseGatewayProblems();
        app.UseGatewaySpan();
        app.UseApiReferencePolicy();
        app.UseRouting();
        app.UseBodyLimits();
        app.UseTaxiiBasicCredentials();
        app.UseAuthentication();
        // After authentication (the partition is the token's client), before authorization (401s count too).
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        app.UseGatewayTimeoutAnswers();
        app.MapPlatformHealth();
        app.MapPublicContract();
        app.MapApiReference();
        app.MapReverseProxy();
        return app;
    }
}
