using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Intel.Testing;

/// <summary>A message MassTransit parked in an endpoint's <c>_error</c> queue, as it was delivered, with the fault it gave.</summary>
public sealed record ParkedMessage(ReadOnlyMemory<byte> Body, IReadOnlyBasicProperties Properties)
{
    public string? Fault => Header("MT-Fault-ExceptionType") is { } type ? $"{type}: {Header("MT-Fault-Message")}" : null;

    /// <summary>How often the consumer retried before parking it (MassTransit leaves the header out when it never did).</summary>
    public int RetryCount => Properties.Headers?.TryGetValue("MT-Fault-RetryCount", out var value) == true
        ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
        : 0;

    public string? Header(string name) =>
        Properties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
}

/// <summary>
/// What an operator does with a virtual host's queues over AMQP: count what waits in a queue, publish
/// a message by hand, and move what an endpoint parked in its <c>_error</c> queue back onto the
/// endpoint's queue so it is consumed again. Publishes wait for the broker's confirm.
/// </summary>
public sealed class BrokerQueues(IConnection connection) : IAsyncDisposable
{
    public const string MassTransitJson = "application/vnd.masstransit+json";

    public static async Task<BrokerQueues> ConnectAsync(string amqpUri) =>
        new(await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync());

    /// <summary>Messages ready in the queue; 0 when it does not exist (MassTransit declares _error queues on first use).</summary>
    public async Task<uint> CountAsync(string queue)
    {
        // A passive declare of a missing queue closes its channel, so each count has a channel of its own.
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    /// <summary>Publishes a MassTransit envelope to an exchange, as a service's bus would.</summary>
    public async Task PublishAsync(string exchange, ReadOnlyMemory<byte> envelope, Guid messageId)
    {
        await using var channel = await ConfirmingChannelAsync();
        var properties = new BasicProperties
        {
            ContentType = MassTransitJson, MessageId = messageId.ToString(), Persistent = true,
        };
        await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, envelope);
    }

    /// <summary>Sends a message straight to a queue (through the default exchange), with its fault headers left behind.</summary>
    public async Task SendAsync(string queue, ParkedMessage message)
    {
        await using var channel = await ConfirmingChannelAsync();
        await channel.BasicPublishAsync("", queue, mandatory: true, WithoutFault(message.Properties), message.Body);
    }

    /// <summary>
    /// Moves the messages parked in <c>{queue}_error</c> (those <paramref name="which"/> picks, or all) back onto
    /// <paramref name="queue"/>. Each leaves the error queue only once the broker confirmed it on the queue, so a
    /// crash here duplicates (which consumers absorb) rather than loses. Moves only what was parked when it began.
    /// </summary>
    public async Task<IReadOnlyList<ParkedMessage>> ReplayAsync(string queue, Func<ParkedMessage, bool>? which = null)
    {
        var errors = $"{queue}_error";
        var parked = await CountAsync(errors);
        await using var channel = await ConfirmingChannelAsync();
        // Taken unacknowledged, so the ones left behind go back in their places when the channel closes.
        var taken = new List<(ulong Tag, ParkedMessage Message)>();
        while (taken.Count < parked && await channel.BasicGetAsync(errors, autoAck: false) is { } got)
        {
            taken.Add((got.DeliveryTag, new ParkedMessage(got.Body.ToArray(), got.BasicProperties)));
        }
        var moved = new List<ParkedMessage>();
        foreach (var (tag, message) in taken.Where(t => which?.Invoke(t.Message) ?? true))
        {
            await channel.BasicPublishAsync("", queue, mandatory: true, WithoutFault(message.Properties), message.Body);
            await channel.BasicAckAsync(tag, multiple: false);
            moved.Add(message);
        }
        return moved;
    }

    private Task<IChannel> ConfirmingChannelAsync() =>
        connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

    private static BasicProperties WithoutFault(IReadOnlyBasicProperties parked) => new(parked)
    {
        Headers = parked.Headers?
            .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
            .ToDictionary(h => h.Key, h => h.Value),
        Persistent = true,
    };

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
