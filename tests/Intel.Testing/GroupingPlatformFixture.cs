using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Intel.Testing;

/// <summary>
/// A platform whose alerting groups related alerts over an hour rather than half a minute, so a test
/// that expects two reports on one alert does not depend on how fast this machine handles them.
/// </summary>
public sealed class GroupingPlatformFixture : PlatformFixture
{
    protected override string Name => "grouping";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        if (part == "alerting")
        {
            builder.Configuration.AddInMemoryCollection([new("Alerts:GroupingWindow", "01:00:00")]);
        }
    }
}
