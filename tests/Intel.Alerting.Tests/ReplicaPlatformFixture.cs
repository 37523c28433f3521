using Microsoft.AspNetCore.Builder;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>
/// A platform whose alert streams look for new alerts on their own only every five minutes, so a stream
/// that delivers sooner was woken by news of the feed, not by its fallback poll.
/// </summary>
public sealed class ReplicaPlatformFixture : PlatformFixture
{
    protected override string Name => "replicas";

    protected override void Customize(string part, WebApplicationBuilder builder) =>
        builder.Configuration["Alerts:StreamFallback"] = "00:05:00";
}
