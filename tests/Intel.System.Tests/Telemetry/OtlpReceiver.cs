using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intel.System.Tests.Telemetry;

/// <summary>
/// An operator's OTLP/HTTP collector on 127.0.0.1 (/v1/traces, /v1/metrics, /v1/logs, protobuf) that keeps what it
/// is sent and the header it expects, and a webhook receiver (/hook) answering 204, so alerts are delivered.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public const string Header = "x-intel-operator";

    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<ReceivedSpan> Spans { get; } = new();

    /// <summary>Services whose metrics and logs came, each with the header named <see cref="Header"/>.</summary>
    public ConcurrentDictionary<string, byte> MetricsFrom { get; } = new();

    public ConcurrentDictionary<string, byte> LogsFrom { get; } = new();

    private int _withoutHeader;

    /// <summary>Requests that came without the operator's header: the header must reach the operator.</summary>
    public int WithoutHeader => _withoutHeader;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/traces", (HttpRequest r) => receiver.ReceiveAsync(r, body =>
        {
            foreach (var span in OtlpMessages.Spans(body))
            {
                receiver.Spans.Enqueue(span);
            }
        }));
        receiver._app.MapPost("/v1/metrics", (HttpRequest r) => receiver.ReceiveAsync(r, body => Note(receiver.MetricsFrom, body)));
        receiver._app.MapPost("/v1/logs", (HttpRequest r) => receiver.ReceiveAsync(r, body => Note(receiver.LogsFrom, body)));
        receiver._app.MapPost("/hook", () => Results.NoContent());
        await receiver._app.StartAsync();
        receiver.Address = new Uri(receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    private static void Note(ConcurrentDictionary<string, byte> from, ReadOnlyMemory<byte> body)
    {
        foreach (var service in OtlpMessages.Services(body))
        {
            from[service] = 0;
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, Action<ReadOnlyMemory<byte>> keep)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (request.Headers[Header] != "yes")
        {
            Interlocked.Increment(ref _withoutHeader);
        }
        keep(buffer.ToArray());
        // An empty Export*ServiceResponse: full success.
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
