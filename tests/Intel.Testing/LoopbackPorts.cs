using System.Net;
using System.Net.Sockets;

namespace Intel.Testing;

/// <summary>Ports for parts whose address must be fixed before they start (others name it in their settings).</summary>
public static class LoopbackPorts
{
    private const string EphemeralRange = "/proc/sys/net/ipv4/ip_local_port_range";

    /// <summary>
    /// A free loopback port below the kernel's ephemeral range: one from that range could be handed, before the part
    /// binds it, to any outgoing connection or port-0 listener of the run (which made fixtures fail to start).
    /// </summary>
    public static int Free()
    {
        var ephemeralStart = File.Exists(EphemeralRange)
            && int.TryParse(File.ReadAllText(EphemeralRange).Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start)
            ? start : 32_768;
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(10_000, ephemeralStart);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 50)
            {
                // Taken: try another.
            }
        }
    }
}
