using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.Secrets;

/// <summary>
/// Everything a virtual host's broker carries: a queue of its own bound to every exchange copies each message
/// published from then on, and every other queue (error queues included) is read without taking anything.
/// </summary>
public sealed class BrokerCapture : IAsyncDisposable
{
    private const string Queue = "test-capture-everything";
    private readonly IConnection _connection;
    private readonly HttpClient _management;
    private readonly string _vhost;

    private BrokerCapture(IConnection connection, HttpClient management, string vhost)
    {
        _connection = connection;
        _management = management;
        _vhost = Uri.EscapeDataString(vhost);
    }

    public static async Task<BrokerCapture> StartAsync(string amqpUri)
    {
        var management = (await Servers.GetAsync()).RabbitManagement;
        var http = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority)) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        var capture = new BrokerCapture(await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync(), http,
            new Uri(amqpUri).AbsolutePath.TrimStart('/'));
        await using var channel = await capture._connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(Queue, durable: false, exclusive: false, autoDelete: false);
        foreach (var exchange in await capture.NamesAsync("exchanges"))
        {
            if (exchange.Length > 0 && !exchange.StartsWith("amq.", StringComparison.Ordinal))
            {
                await channel.QueueBindAsync(Queue, exchange, "#");
            }
        }
        return capture;
    }

    /// <summary>The bodies and headers of every message the capture copied and every message waiting in any queue.</summary>
    public async Task<IReadOnlyList<string>> MessagesAsync()
    {
        var texts = new List<string>();
        foreach (var queue in await NamesAsync("queues"))
        {
            await using var channel = await _connection.CreateChannelAsync();
            // Unacknowledged: the messages go back to their queues when the channel closes.
            while (await channel.BasicGetAsync(queue, autoAck: false) is { } got)
            {
                var headers = got.BasicProperties.Headers?.Select(h => $"{h.Key}={(h.Value is byte[] b ? Encoding.UTF8.GetString(b) : h.Value)}");
                texts.Add($"{queue}: {Encoding.UTF8.GetString(got.Body.Span)} {string.Join(' ', headers ?? [])}");
            }
        }
        return texts;
    }

    private async Task<IReadOnlyList<string>> NamesAsync(string kind)
    {
        var list = await _management.GetFromJsonAsync<JsonElement>($"/api/{kind}/{_vhost}?columns=name");
        return list.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _management.Dispose();
    }
}
