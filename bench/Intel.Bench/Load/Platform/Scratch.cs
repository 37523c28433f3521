using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using Npgsql;
using Intel.Testing;

namespace Intel.Bench.Load.Platform;

/// <summary>A database and a RabbitMQ virtual host of the benchmark's own (as the tests make them), dropped afterwards.</summary>
public sealed class Scratch : IAsyncDisposable
{
    private Scratch(string postgres, string rabbitMq)
    {
        Postgres = postgres;
        RabbitMq = rabbitMq;
    }

    public string Postgres { get; }
    public string RabbitMq { get; }

    public static async Task<Scratch> CreateAsync(string prefix) =>
        new(await TestDatabase.CreateAsync(prefix), await TestVirtualHost.CreateAsync(prefix));

    public async ValueTask DisposeAsync()
    {
        var servers = await Servers.GetAsync();
        await using (var connection = new NpgsqlConnection(servers.PostgresAdmin))
        {
            await connection.OpenAsync();
            var database = new NpgsqlConnectionStringBuilder(Postgres).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        using var management = await ManagementAsync();
        using var deleted = await management.DeleteAsync(VirtualHostPath);
    }

    /// <summary>Events appended in every store of the database (each store's event sequence; cheap, unlike counting rows).</summary>
    public async Task<long> EventsAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        var schemas = new List<string>();
        await using (var find = new NpgsqlCommand("SELECT sequence_schema FROM information_schema.sequences WHERE sequence_name = 'mt_events_sequence'", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemas.Add(reader.GetString(0));
            }
        }
        var total = 0L;
        foreach (var schema in schemas)
        {
            await using var last = new NpgsqlCommand($"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM \"{schema}\".mt_events_sequence", connection);
            total += (long)(await last.ExecuteScalarAsync())!;
        }
        return total;
    }

    /// <summary>Messages the virtual host's exchanges took in so far (the management API's publish count).</summary>
    public async Task<long> PublishedAsync()
    {
        using var management = await ManagementAsync();
        var body = await management.GetFromJsonAsync<JsonElement>(VirtualHostPath);
        return body.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty("publish", out var publish) ? publish.GetInt64() : 0;
    }

    private string VirtualHostPath => $"/api/vhosts/{Uri.EscapeDataString(Uri.UnescapeDataString(new Uri(RabbitMq).AbsolutePath.TrimStart('/')))}";

    private static async Task<HttpClient> ManagementAsync()
    {
        var management = (await Servers.GetAsync()).RabbitManagement;
        var client = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        return client;
    }
}
