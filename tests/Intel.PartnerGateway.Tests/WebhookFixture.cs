using Microsoft.AspNetCore.Builder;

namespace Intel.PartnerGateway.Tests;

/// <summary>A platform of its own whose webhook retries come within a fraction of a second, not minutes.</summary>
public sealed class WebhookFixture : PartnerGatewayFixture
{
    public const int MaxAttempts = 4;

    protected override string Name => "webhooks";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        base.Customize(part, builder);
        builder.Configuration["Webhooks:FirstRetryMilliseconds"] = "100";
        builder.Configuration["Webhooks:MaxRetryDelaySeconds"] = "1";
        builder.Configuration["Webhooks:PollMilliseconds"] = "100";
        builder.Configuration["Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
