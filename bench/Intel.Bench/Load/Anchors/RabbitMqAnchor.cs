using System.Collections.Concurrent;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Intel.Bench.Load.Anchors;

/// <summary>
/// RabbitMQ alone, through RabbitMQ.Client 7 as MassTransit uses it: persistent messages of the platform's
/// ReportIngested size published to a fanout exchange with publisher confirms (many awaited at once, as the
/// outbox relay awaits a page), and one consumer acknowledging each message from a durable queue.
/// </summary>
public static class RabbitMqAnchor
{
    private const string Exchange = "anchor.report-ingested";
    private const string Queue = "anchor-report-ingested";
    private const int Publishers = 64;
    private const ushort Prefetch = 16;

    public static async Task<AnchorResult> RunAsync(string virtualHost, AnchorSamples samples, int seconds)
    {
        var factory = new ConnectionFactory { Uri = new Uri(virtualHost) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumer = await connection.CreateChannelAsync();
        await publisher.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true);
        await publisher.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await publisher.QueueBindAsync(Queue, Exchange, "");

        var latencies = new ConcurrentBag<double>();
        var lastReceived = 0L;
        await consumer.BasicQosAsync(0, Prefetch, false);
        var handler = new AsyncEventingBasicConsumer(consumer);
        handler.ReceivedAsync += async (_, delivery) =>
        {
            if (delivery.BasicProperties.Headers?["sent"] is long sent)
            {
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
            await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            Interlocked.Exchange(ref lastReceived, Stopwatch.GetTimestamp());
        };
        await consumer.BasicConsumeAsync(Queue, autoAck: false, handler);

        var published = 0;
        var start = Stopwatch.GetTimestamp();
        var duration = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, Publishers).Select(async _ =>
        {
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var n = Interlocked.Increment(ref published);
                var properties = new BasicProperties
                {
                    Persistent = true, ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString(),
                    Headers = new Dictionary<string, object?> { ["sent"] = Stopwatch.GetTimestamp() },
                };
                await publisher.BasicPublishAsync(Exchange, "", mandatory: false, properties, samples.Messages[n % samples.Messages.Count]);
            }
        }));
        var confirmed = Stopwatch.GetElapsedTime(start);
        var deadline = Stopwatch.StartNew();
        while (latencies.Count < published && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }
        var consumed = TimeSpan.FromTicks((Interlocked.Read(ref lastReceived) - start) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
        return new AnchorResult("RabbitMQ confirmed publish + consume (RabbitMQ.Client 7)", latencies.Count / consumed.TotalSeconds, "messages",
            Percentiles.Of(latencies),
            $"{published} messages of {samples.AverageMessageBytes:F0} bytes, {Publishers} publishers, confirms in {confirmed.TotalSeconds:F1} s ({published / confirmed.TotalSeconds:F0}/s), one consumer, prefetch {Prefetch}");
    }
}
