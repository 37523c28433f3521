using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>
/// Connects webhook requests only to addresses the policy allows. Checking in the connect step,
/// on the addresses actually dialled, leaves no gap for a name re-pointed after an earlier check.
/// </summary>
public sealed class GuardedConnect(IOptions<WebhookSettings> settings, IHostEnvironment environment)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var (allowed, refused) = await WebhookHosts.ResolveAsync(
            host, environment.IsProduction(), settings.Value.AllowPrivateNetworks, cancellationToken);
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(refused.Length == 0
                ? $"{host} has no address."
                : $"{host} resolves to {refused[0]}, which webhooks may not reach.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
