namespace Intel.Testing;

/// <summary>
/// The platform's parts and how they are wired, as deploy/Intel.AppHost wires them: which parts there are, where each is
/// built, the order they start in and the settings that join them. One description for the test platform (every part
/// in the test process) and the benchmarks' launchers (a process per part), so they cannot drift apart.
/// </summary>
public static class Topology
{
    /// <param name="Name">The part's name, as the app host, its logs and its settings call it.</param>
    /// <param name="Project">Its project folder, from the repository's root.</param>
    /// <param name="Route">Its key under the gateway's <c>Services</c> settings; none for the gateway itself.</param>
    public sealed record Part(string Name, string Project, string? Route)
    {
        public string Assembly => Path.GetFileName(Project);
    }

    public static readonly Part Ingestion = new("ingestion", "services/Intel.Ingestion", "Ingestion");
    public static readonly Part EntityResolution = new("entity-resolution", "services/Intel.EntityResolution", "EntityResolution");
    public static readonly Part Alerting = new("alerting", "services/Intel.Alerting", "Alerting");
    public static readonly Part PartnerGateway = new("partner-gateway", "services/Intel.PartnerGateway", "PartnerGateway");
    public static readonly Part Gateway = new("gateway", "gateway/Intel.Gateway", null);

    /// <summary>The people's console, behind the gateway on routes of its own, where a run needs it.</summary>
    public static readonly Part Console = new("console", "services/Intel.Console", "Console");

    /// <summary>
    /// Started first: a message published before its consumer's queue exists is dropped by RabbitMQ, so partner-gateway,
    /// which announces the agencies, starts after the services that listen; the gateway last, once it can reach them all.
    /// </summary>
    public static readonly IReadOnlyList<Part> Listeners = [Ingestion, EntityResolution, Alerting];

    /// <summary>The parts behind the gateway, each with a store and a bus of its own.</summary>
    public static readonly IReadOnlyList<Part> Services = [.. Listeners, PartnerGateway];

    /// <summary>Every part, in the order they start.</summary>
    public static readonly IReadOnlyList<Part> All = [.. Services, Gateway];

    /// <summary>Answers once the part has started, whatever its readiness.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Answers 200 once the part is warm; the gateway's <c>/health</c> once it and every service behind it are.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>
    /// What a part is started with, outside production: its store and broker, partner-gateway as the token authority
    /// (for every part but partner-gateway), and for the gateway where each service answers.
    /// </summary>
    public static string[] Arguments(Part part, string postgres, string rabbitMq, Func<Part, Uri> address)
    {
        string[] common =
        [
            "--environment=Development", $"--ConnectionStrings:postgres={postgres}", $"--ConnectionStrings:rabbitmq={rabbitMq}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var authority = part == PartnerGateway ? [] : new[] { $"--Auth:Authority={address(PartnerGateway)}" };
        var routes = part == Gateway ? Services.Select(s => $"--Services:{s.Route}={address(s)}") : [];
        return [.. common, .. authority, .. routes];
    }
}
