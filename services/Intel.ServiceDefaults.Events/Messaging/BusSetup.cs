using MassTransit;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intel.ServiceDefaults.Messaging;

public static class BusSetup
{
    /// <summary>Configuration key: declare every consumer queue as a quorum queue (off by default).</summary>
    public const string QuorumQueuesKey = "Messaging:QuorumQueues";

    /// <summary>
    /// RabbitMQ through MassTransit. Queues are prefixed with the service name, so every service
    /// gets its own copy of each message; failed messages are retried and then parked in the
    /// queue's <c>_error</c> queue, from which they can be moved back; refused ones are parked unretried.
    /// </summary>
    public static WebApplicationBuilder AddIntelBus(
        this WebApplicationBuilder builder, string queuePrefix, Action<IBusRegistrationConfigurator> consumers)
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq is not set.");
        // Quorum queues are replicated (Raft), which only pays on a multi-node broker. Off by default: a local single
        // node keeps classic queues, and RabbitMQ cannot change an existing queue's type, so switching means redeclaring.
        var quorumQueues = builder.Configuration.GetValue(QuorumQueuesKey, false);

        var names = new KebabCaseEndpointNameFormatter(queuePrefix, false);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(names);
            consumers(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                // Only transient faults are retried: a message that can never be processed is parked at once.
                endpoint.UseMessageRetry(r =>
                {
                    r.Exponential(8, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(50));
                    r.Ignore<MessageRefusedException>();
                });
                // Declared explicitly rather than left to the broker's default queue type, so a queue that already
                // exists as classic fails the start loudly instead of running unreplicated. The endpoint's _error and
                // _skipped queues copy its queue arguments and so are quorum queues too.
                if (quorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }
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
        builder.Services.AddSingleton(services => new ReceiveWarmup(
            services.GetRequiredService<IBus>(), names, services.GetRequiredService<ILogger<ReceiveWarmup>>()));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource("MassTransit"));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter("MassTransit"));
        return builder;
    }
}
