using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>
/// A platform whose alerting groups over an hour and handles up to 32 messages of a queue at once, as several
/// replicas together would: reports arriving together are then handled side by side, not a few at a time.
/// </summary>
public sealed class AllAtOncePlatformFixture : PlatformFixture
{
    public const int AtOnce = 32;

    protected override string Name => "atonce";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        if (part == "alerting")
        {
            builder.Configuration.AddInMemoryCollection([new("Alerts:GroupingWindow", "01:00:00")]);
            builder.Services.AddSingleton<IConfigureReceiveEndpoint, ManyAtOnce>();
        }
    }

    private sealed class ManyAtOnce : IConfigureReceiveEndpoint
    {
        public void Configure(string name, IReceiveEndpointConfigurator configurator)
        {
            configurator.PrefetchCount = AtOnce;
            configurator.ConcurrentMessageLimit = AtOnce;
        }
    }
}
