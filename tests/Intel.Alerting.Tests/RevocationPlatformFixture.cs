using Microsoft.AspNetCore.Builder;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>
/// A platform whose parts poll revocations each second rather than every twenty, so a test sees a
/// revocation reach alerting's open streams in seconds.
/// </summary>
public sealed class RevocationPlatformFixture : PlatformFixture
{
    protected override string Name => "revocation";

    protected override void Customize(string part, WebApplicationBuilder builder) =>
        builder.Configuration["Auth:RevocationPollSeconds"] = "1";
}
