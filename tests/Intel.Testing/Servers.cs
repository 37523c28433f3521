using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Intel.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ the tests run against. Where INTEL_TEST_* variables name them
/// (make test starts them through deploy/local), those; otherwise containers started once per run.
/// </summary>
public static class Servers
{
    private static readonly Lazy<Task<Addresses>> Shared = new(StartAsync);

    public sealed record Addresses(string PostgresAdmin, Uri RabbitMq, Uri RabbitManagement);

    public static Task<Addresses> GetAsync() => Shared.Value;

    private static async Task<Addresses> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("INTEL_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("INTEL_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("INTEL_TEST_RABBITMQ_MANAGEMENT");
        if (postgres is not null && rabbit is not null && management is not null)
        {
            return new Addresses(postgres, new Uri(rabbit), new Uri(management));
        }

        var pg = new PostgreSqlBuilder("postgres:17")
            .WithCommand("-c", "max_connections=400").Build();
        var mq = new RabbitMqBuilder("rabbitmq:4-management")
            .WithUsername("intel").WithPassword("intel").WithPortBinding(15672, true).Build();
        await Task.WhenAll(pg.StartAsync(), mq.StartAsync());
        var managementUri = new UriBuilder("http", mq.Hostname, mq.GetMappedPublicPort(15672)) { UserName = "intel", Password = "intel" }.Uri;
        return new Addresses(pg.GetConnectionString(), new Uri(mq.GetConnectionString()), managementUri);
    }
}
