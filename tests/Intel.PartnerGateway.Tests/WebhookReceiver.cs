using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intel.PartnerGateway.Tests;

public sealed record ReceivedWebhook(string Id, string Timestamp, string Body, bool SignatureValid, int Answered);

/// <summary>
/// A partner's webhook endpoint on 127.0.0.1: verifies each delivery's Standard Webhooks signature
/// with the secret the subscription answered, records it, and fails the first requests if told to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private readonly TimeSpan _answerAfter;

    private WebhookReceiver(WebApplication app, int failFirst, TimeSpan answerAfter)
    {
        _app = app;
        _failuresLeft = failFirst;
        _answerAfter = answerAfter;
    }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Set once the subscription's 201 answer is in; it is only known from there.</summary>
    public string? Secret { get; set; }

    public Uri Url { get; private set; } = null!;

    /// <summary>A receiver answering 500 to its first <paramref name="failFirst"/> requests, each answer given after <paramref name="answerAfter"/>.</summary>
    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0, TimeSpan answerAfter = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build(), failFirst, answerAfter);
        receiver._app.MapPost("/hook", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    /// <summary>From now on, every request fails, until told otherwise.</summary>
    public void FailAll(bool fail) => _failuresLeft = fail ? int.MaxValue : 0;

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = request.Headers["webhook-id"].ToString();
        var timestamp = request.Headers["webhook-timestamp"].ToString();
        var valid = Verify(id, timestamp, body, request.Headers["webhook-signature"].ToString());
        var answer = Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : valid ? 204 : 401;
        Received.Enqueue(new ReceivedWebhook(id, timestamp, body, valid, answer));
        await Task.Delay(_answerAfter);
        return Results.StatusCode(answer);
    }

    private bool Verify(string id, string timestamp, string body, string signatures)
    {
        if (Secret is null)
        {
            return false;
        }
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        return signatures.Split(' ').Any(s => s == $"v1,{expected}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
