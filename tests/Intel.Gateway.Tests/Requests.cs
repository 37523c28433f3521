using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Intel.Testing;

namespace Intel.Gateway.Tests;

/// <summary>Requests a well-behaved partner client would not send: exact-size bodies, unsized bodies, other addresses.</summary>
public static class Requests
{
    public const int MiB = 1 << 20;

    /// <summary>A valid report of exactly <paramref name="bytes"/> bytes: JSON whitespace pads it after the opening brace.</summary>
    public static byte[] ReportOfSize(string reference, int bytes)
    {
        var json = SampleReports.Phone(reference, "+447700900123").ToJsonString();
        var padding = bytes - Encoding.UTF8.GetByteCount(json);
        Assert.True(padding >= 0, "the report is larger than the size asked for");
        return Encoding.UTF8.GetBytes("{" + new string(' ', padding) + json[1..]);
    }

    public static ByteArrayContent Sized(byte[] body, string mediaType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>An HTTP client whose connections come from another loopback address, as another partner's would.</summary>
    public static HttpClient FromAddress(Uri gateway, IPAddress local) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = gateway };
}

/// <summary>A body sent chunked, with no Content-Length the gateway could check up front.</summary>
public sealed class UnsizedContent : HttpContent
{
    private readonly byte[] _body;

    public UnsizedContent(byte[] body, string mediaType = "application/json")
    {
        _body = body;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
