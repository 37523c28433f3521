using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Intel.PartnerGateway.Webhooks;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.PartnerGateway.Deliveries;

public static class DeliverySetup
{
    /// <summary>
    /// The webhook client: no redirects, connections only to allowed addresses, and instead of the
    /// standard handler (whose retries would hide attempts from the history) a per-host pipeline of
    /// a circuit breaker around a per-attempt timeout. Retries are the worker's, one event each.
    /// </summary>
    public static WebApplicationBuilder AddWebhookDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<WebhookSettings>(builder.Configuration.GetSection(WebhookSettings.Section));
        builder.Services.AddSingleton<GuardedConnect>();
        // The one way to take the default standard handler off a client; evaluation status accepted knowingly.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<WebhookClient>()
            .RemoveAllResilienceHandlers()
#pragma warning restore EXTEXP0001
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                ConnectCallback = services.GetRequiredService<GuardedConnect>().ConnectAsync,
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            .AddResilienceHandler("webhooks", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<WebhookSettings>>().Value;
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 5,
                    SamplingDuration = TimeSpan.FromSeconds(60),
                    BreakDuration = TimeSpan.FromSeconds(settings.BreakSeconds),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(settings.AttemptTimeoutSeconds));
            })
            // One circuit per scheme, host and port: a partner that is down does not stop deliveries to the others.
            .SelectPipelineByAuthority();
        builder.Services.AddSingleton(services => new DeliveryLeadership(
            builder.Configuration.GetConnectionString("postgres") ?? throw new InvalidOperationException("ConnectionStrings:postgres is not set."),
            services.GetRequiredService<ILogger<DeliveryLeadership>>()));
        builder.Services.AddHostedService<DeliveryWorker>();
        return builder;
    }
}
