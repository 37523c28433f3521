using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Intel.Alerting;
using Intel.AnalystConsole;
using Intel.EntityResolution;
using Intel.Gateway;
using Intel.Ingestion;
using Intel.PartnerGateway;

namespace Intel.Testing;

/// <summary>
/// The whole platform in this process: the gateway and the four services on loopback ports of
/// their own, against a real PostgreSQL database and RabbitMQ virtual host of their own.
/// </summary>
public sealed class Platform : IAsyncDisposable
{
    private readonly List<Part> _parts = [];
    private readonly Dictionary<string, Func<Task<Uri>>> _replicas = [];

    public Uri Gateway { get; private set; } = null!;
    public IReadOnlyDictionary<string, Uri> Services { get; private set; } = null!;
    public string Postgres { get; private set; } = null!;
    public string RabbitMq { get; private set; } = null!;

    /// <summary>The console's address, when the platform was started with it.</summary>
    public Uri? Console { get; private set; }

    /// <param name="withConsole">Also the console, behind the gateway, registered with partner-gateway at the gateway's address.</param>
    public static async Task<Platform> StartAsync(string name, Action<string, WebApplicationBuilder>? customize = null, bool withConsole = false)
    {
        var platform = new Platform
        {
            Postgres = await TestDatabase.CreateAsync(name),
            RabbitMq = await TestVirtualHost.CreateAsync(name),
        };
        await platform.StartAppsAsync(customize ?? ((_, _) => { }), withConsole);
        return platform;
    }

    private static readonly Dictionary<Topology.Part, Func<string[], Action<WebApplicationBuilder>?, WebApplication>> Builds = new()
    {
        [Topology.Ingestion] = IngestionApp.Build, [Topology.EntityResolution] = EntityResolutionApp.Build, [Topology.Alerting] = AlertingApp.Build,
        [Topology.PartnerGateway] = PartnerGatewayApp.Build, [Topology.Gateway] = GatewayApp.Build, [Topology.Console] = ConsoleApp.Build,
    };

    private readonly Dictionary<Topology.Part, Uri> _addresses = [];

    /// <summary>In <see cref="Topology"/>'s order; partner-gateway and the gateway on addresses fixed before they start.</summary>
    private async Task StartAppsAsync(Action<string, WebApplicationBuilder> customize, bool withConsole)
    {
        _addresses[Topology.PartnerGateway] = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        // The console's sign-in returns to the gateway's address, which partner-gateway must know before it starts.
        var (gateway, console) = withConsole
            ? (new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"), new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"))
            : ((Uri?)null, (Uri?)null);
        string[] consoleClient = gateway is null ? [] :
        [
            $"--Oidc:Clients:0:RedirectUris:0={new Uri(gateway, "/signin-oidc")}",
            $"--Oidc:Clients:0:PostLogoutRedirectUris:0={new Uri(gateway, "/signout-callback-oidc")}",
        ];
        var listening = await Task.WhenAll(Topology.Listeners.Select(p => StartAsync(p, [], customize)));
        foreach (var (part, address) in Topology.Listeners.Zip(listening))
        {
            _addresses[part] = address;
        }
        await StartAsync(Topology.PartnerGateway, [$"--urls={_addresses[Topology.PartnerGateway]}", .. consoleClient], customize);
        Services = Topology.Services.ToDictionary(p => p.Name, p => _addresses[p]);
        // Tests and the alert benchmark call as fast as they can: the limiter is proven by the gateway's own tests.
        Gateway = await StartAsync(Topology.Gateway,
        [
            "--RateLimits:Partner:PermitLimit=1000000", "--RateLimits:Token:PermitLimit=100000",
            .. gateway is null ? Array.Empty<string>() : [$"--urls={gateway}", $"--Services:{Topology.Console.Route}={console}"],
        ], customize);
        if (console is not null)
        {
            Console = await StartAsync(Topology.Console,
                [$"--urls={console}", $"--Console:PublicAddress={Gateway}", $"--Console:Gateway={Gateway}"], customize);
        }
    }

    private Task<Uri> StartAsync(Topology.Part part, string[] extra, Action<string, WebApplicationBuilder> customize) =>
        StartAsync(part.Name, Builds[part], [.. Topology.Arguments(part, Postgres, RabbitMq, p => _addresses[p]), .. extra], customize);

    private async Task<Uri> StartAsync(
        string part, Func<string[], Action<WebApplicationBuilder>?, WebApplication> build, string[] extra,
        Action<string, WebApplicationBuilder> customize)
    {
        string[] args = ["--urls=http://127.0.0.1:0", .. extra];
        var running = new Part(part, address => build([.. args, .. address], b => customize(part, b)));
        lock (_parts)
        {
            _parts.Add(running);
            _replicas[part] = () => StartAsync($"{part}#{_parts.Count(p => p.Name.StartsWith(part, StringComparison.Ordinal)) + 1}",
                build, extra.Where(a => !a.StartsWith("--urls=", StringComparison.Ordinal)).ToArray(), (_, b) => customize(part, b));
        }
        return await running.StartAsync();
    }

    /// <summary>
    /// Starts one more instance of a part on an address of its own, against the same database and virtual host,
    /// as a second replica runs: it competes for the part's messages and for its daemon's leadership.
    /// </summary>
    public Task<Uri> StartReplicaAsync(string part) => _replicas[part]();

    /// <summary>
    /// Stops one part as a deployment would: what it stored and what waits for it in its
    /// queues stays, and the other parts keep running.
    /// </summary>
    public Task StopAsync(string part) => _parts.Single(p => p.Name == part).StopAsync();

    /// <summary>Starts a stopped part again: a new host on the same address, database and virtual host.</summary>
    public Task StartAgainAsync(string part) => _parts.Single(p => p.Name == part).StartAsync();

    /// <summary>
    /// Stops a part as a crash would, then starts it again on the same address, database and virtual host.
    /// Its bus is stopped first: MassTransit cancels the consumers in flight and their messages go back to
    /// the queues (a stop cancelled before it begins would leave its channels open, holding prefetched
    /// messages, which no crash does). Everything else is cut off undrained: requests in flight, the outbox
    /// relay's page and the async daemon.
    /// </summary>
    public async Task CrashAndRestartAsync(string part)
    {
        var running = _parts.Single(p => p.Name == part);
        await running.CrashAsync();
        await running.StartAsync();
    }

    public T Service<T>(string part) where T : notnull =>
        _parts.Single(p => p.Name == part).App!.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        foreach (var part in Enumerable.Reverse(_parts))
        {
            await part.StopAsync();
        }
    }

    /// <summary>One part's host; started again, it keeps the address it was first given, so the gateway still finds it.</summary>
    private sealed class Part(string name, Func<string[], WebApplication> build)
    {
        private string[] _address = [];

        public string Name => name;

        public WebApplication? App { get; private set; }

        public async Task<Uri> StartAsync()
        {
            App = build(_address);
            await App.StartAsync();
            var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _address = [$"--urls={address}"];
            return new Uri(address);
        }

        public async Task CrashAsync()
        {
            if (App is not { } app)
            {
                return;
            }
            App = null;
            await app.Services.GetRequiredService<IBusControl>().StopAsync();
            try
            {
                await app.StopAsync(new CancellationToken(canceled: true));
            }
            catch (OperationCanceledException)
            {
                // Expected: nothing was allowed to finish.
            }
            await app.DisposeAsync();
        }

        public async Task StopAsync()
        {
            if (App is { } app)
            {
                App = null;
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }
}
