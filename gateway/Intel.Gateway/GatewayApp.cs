using Intel.Gateway.Health;
using Intel.Gateway.Routing;
using Intel.ServiceDefaults.Hosting;

namespace Intel.Gateway;

/// <summary>Composition root of the gateway: the single public entry to the platform.</summary>
public static class GatewayApp
{
    public const string ServiceName = "intel-gateway";
    public const long MaxBodyBytes = 5 << 20;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntelDefaults(ServiceName, typeof(GatewayApp).Assembly);
        ServiceAddresses.Apply(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddHttpClient(nameof(PlatformHealth), c => c.Timeout = TimeSpan.FromSeconds(3));
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseGatewaySpan();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPlatformHealth();
        app.MapReverseProxy();
        return app;
    }
}
