using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intel.ServiceDefaults.Messaging;

public static class BusSetup
{
    /// <summary>
    /// RabbitMQ through MassTransit. Queues are prefixed with the service name, so every service
    /// gets its own copy of each message; failed messages are retried and then parked in the
    /// queue's <c>_error</c> queue, from which they can be moved back.
    /// </summary>
    public static WebApplicationBuilder AddIntelBus(
        this WebApplicationBuilder builder, string queuePrefix, Action<IBusRegistrationConfigurator> consumers)
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set.");

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(queuePrefix, false));
            consumers(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(r => r.Exponential(8, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(50)));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Start-up completes only once every queue is declared and bound, so nothing published after it is dropped.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.TryAddSingleton<IOutboxMessages, NoOutboxMessages>();
        builder.Services.TryAddSingleton<IContractPublisher, BusContractPublisher>();
        return builder;
    }
}
