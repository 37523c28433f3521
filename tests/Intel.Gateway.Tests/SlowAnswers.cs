using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intel.Gateway.Tests;

/// <summary>
/// Sits first in a service's pipeline and holds a request that carries <see cref="DelayHeader"/> (milliseconds)
/// that long before the service answers it: a service slow under load, as the gateway's timeouts see it.
/// </summary>
public sealed class SlowAnswers : IStartupFilter
{
    public const string DelayHeader = "X-Test-Delay-Ms";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, after) =>
        {
            if (int.TryParse(context.Request.Headers[DelayHeader], out var delay))
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            await after(context);
        });
        next(app);
    };
}
