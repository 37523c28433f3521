using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intel.ServiceDefaults.Messaging;

public static class OutboxSetup
{
    /// <summary>
    /// The outbox, the only way a service's events leave it: the daemon's <c>outbox</c> subscription publishes each
    /// committed event as the contract messages <typeparamref name="TMessages"/> maps it to, on the bus of
    /// <see cref="BusSetup.AddIntelBus"/>, and is warmed before the part reports ready.
    /// </summary>
    public static WebApplicationBuilder AddIntelOutbox<TMessages>(this WebApplicationBuilder builder) where TMessages : class, IOutboxMessages
    {
        builder.Services.AddSingleton<IOutboxMessages, TMessages>();
        builder.Services.Configure<OutboxSettings>(builder.Configuration.GetSection(OutboxSettings.Section));
        builder.Services.AddSingleton<IContractPublisher, BusContractPublisher>();
        builder.Services.AddSingleton<OutboxRelay>();
        builder.Services.AddSingleton<IConfigureMarten, OutboxSubscription>();
        builder.Services.AddSingleton<OutboxWarmup>();
        return builder;
    }

    private sealed class OutboxSubscription(OutboxRelay relay) : IConfigureMarten
    {
        public void Configure(IServiceProvider services, StoreOptions options) => options.Events.Subscribe(relay, o =>
        {
            o.Name = "outbox";
            o.Options.BatchSize = 200;
        });
    }
}
