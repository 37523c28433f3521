using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Intel.PartnerGateway.Tests.Secrets;

/// <summary>A platform of its own whose parts log everything down to Debug into one recorder, to be searched for secrets.</summary>
public sealed class SecretFixture : PartnerGatewayFixture
{
    public LogRecorder Logs { get; } = new();

    protected override string Name => "secrets";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        base.Customize(part, builder);
        builder.Configuration["Logging:LogLevel:Default"] = "Debug";
        builder.Logging.AddProvider(Logs);
    }
}
