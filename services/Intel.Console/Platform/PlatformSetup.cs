using Microsoft.Extensions.Options;

namespace Intel.AnalystConsole.Platform;

public static class PlatformSetup
{
    /// <summary>Calls go to the gateway, like any partner's; the stream's client never times out, as the stream never ends.</summary>
    public static IServiceCollection AddPlatformApi(this IServiceCollection services)
    {
        services.AddHttpClient(PlatformApi.HttpClientName, (sp, c) =>
        {
            c.BaseAddress = sp.GetRequiredService<IOptions<ConsoleSettings>>().Value.Gateway;
            c.Timeout = TimeSpan.FromSeconds(30);
        });
        services.AddHttpClient(PlatformApi.StreamClientName, (sp, c) =>
        {
            c.BaseAddress = sp.GetRequiredService<IOptions<ConsoleSettings>>().Value.Gateway;
            c.Timeout = Timeout.InfiniteTimeSpan;
        });
        services.AddScoped<PlatformApi>();
        return services;
    }
}
