using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intel.ServiceDefaults.Warmup;

public static class WarmupSetup
{
    /// <summary>
    /// Adds a warm-up step: the part's /health/ready answers 503 until every step has run, in the order they were added,
    /// after the host has started.
    /// </summary>
    public static IServiceCollection AddWarmup<T>(this IServiceCollection services) where T : class, IWarmup
    {
        services.AddSingleton<IWarmup, T>();
        if (!services.Any(s => s.ServiceType == typeof(Warmth)))
        {
            services.AddSingleton<Warmth>();
            services.AddHostedService<WarmupRunner>();
            services.AddHealthChecks().AddCheck<WarmHealthCheck>("warm", tags: ["ready"]);
            services.AddSingleton<RequestRehearsal>();
            services.AddTransient<IStartupFilter, RequestRehearsal.Capture>();
        }
        return services;
    }
}
