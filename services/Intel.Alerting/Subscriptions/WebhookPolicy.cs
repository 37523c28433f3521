using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.Alerting.Subscriptions;

/// <summary>
/// Refuses a webhook URL the platform must not call, when the subscription is made, so the
/// subscriber hears of it at once; partner-gateway checks again at delivery, as DNS may change.
/// </summary>
public sealed class WebhookPolicy(IOptions<WebhookSettings> settings, IHostEnvironment environment)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);

    public async Task<string?> CheckAsync(string url, CancellationToken cancellationToken)
    {
        var production = environment.IsProduction();
        if (WebhookAddresses.CheckForm(url, production) is { } form)
        {
            return form;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            var (_, refused) = await WebhookHosts.ResolveAsync(new Uri(url).Host, production, settings.Value.AllowPrivateNetworks, timeout.Token);
            return refused.Length == 0
                ? null
                : $"Must not point at a private, link-local or loopback address ({refused[0]}).";
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A name that does not resolve yet is no danger now; delivery checks the addresses it gets then.
            return null;
        }
    }
}
