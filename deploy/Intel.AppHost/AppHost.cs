// Local orchestration without Docker: PostgreSQL and RabbitMQ come from deploy/local (or any
// server named by ConnectionStrings:*), and Aspire runs the five parts on fixed loopback ports.
var builder = DistributedApplication.CreateBuilder(args);

// The parts run in the app host's environment (Development under make up), never silently in Production.
var environment = builder.Environment.EnvironmentName;
var postgres = builder.AddConnectionString("postgres");
var rabbitmq = builder.AddConnectionString("rabbitmq");

// Fixed loopback ports (the gateway's, then partner-gateway, ingestion, entity resolution, alerting, the console): partner-gateway's
// address is known before it runs, so the services that consume its messages can start (and declare their queues)
// first. Intel:FirstPort moves them all, for a second platform on one machine.
var first = int.Parse(builder.Configuration["Intel:FirstPort"] ?? "8080", System.Globalization.CultureInfo.InvariantCulture);
var authority = $"http://127.0.0.1:{first + 1}";
var gateway = $"http://127.0.0.1:{first}";

// Aspire sets each part's OTEL_EXPORTER_OTLP_* to its dashboard, over whatever the caller set; the caller's
// destination is handed on under Telemetry:Operator, and each part exports to both (TelemetrySetup).
var operatorTelemetry = new[] { ("ENDPOINT", "Endpoint"), ("PROTOCOL", "Protocol"), ("HEADERS", "Headers") }
    .Select(v => (Name: $"Telemetry__Operator__{v.Item2}", Value: builder.Configuration[$"OTEL_EXPORTER_OTLP_{v.Item1}"]))
    .Where(v => !string.IsNullOrWhiteSpace(v.Value) && !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
    .ToList();

IResourceBuilder<ProjectResource> Part<T>(string name, int port) where T : IProjectMetadata, new()
{
    var part = builder.AddProject<T>(name)
        .WithHttpEndpoint(port: port, name: "api", isProxied: false)
        // Each part's appsettings.json names its default port under Urls, which outranks Aspire's ASPNETCORE_URLS.
        .WithEnvironment("Urls", "http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
        .WithEnvironment("Auth__Authority", authority);
    foreach (var (variable, value) in operatorTelemetry)
    {
        part.WithEnvironment(variable, value);
    }
    return part;
}

// Healthy means ready, and ready means warm (ServiceDefaults' warm-up): the dashboard shows a service healthy, and what
// waits for it starts, only once its first report would be handled as fast as its hundredth.
IResourceBuilder<ProjectResource> Service<T>(string name, int port) where T : IProjectMetadata, new() =>
    Part<T>(name, port).WithReference(postgres).WithReference(rabbitmq).WithHttpHealthCheck("/health/ready", endpointName: "api");

var ingestion = Service<Projects.Intel_Ingestion>("ingestion", first + 2);
var resolution = Service<Projects.Intel_EntityResolution>("entity-resolution", first + 3);
var alerting = Service<Projects.Intel_Alerting>("alerting", first + 4);

// People sign in to the console through the gateway's address, so that is where partner-gateway sends them back.
// It waits for the services to start, not to be ready: they warm up with its key set, so they are ready after it.
var partners = Service<Projects.Intel_PartnerGateway>("partner-gateway", first + 1)
    .WithEnvironment("Oidc__Clients__0__RedirectUris__0", gateway + "/signin-oidc")
    .WithEnvironment("Oidc__Clients__0__PostLogoutRedirectUris__0", gateway + "/signout-callback-oidc")
    .WaitForStart(ingestion).WaitForStart(resolution).WaitForStart(alerting);

var console = Part<Projects.Intel_Console>("console", first + 5)
    .WithEnvironment("Console__PublicAddress", gateway)
    .WithEnvironment("Console__Gateway", gateway)
    .WaitFor(partners);

Part<Projects.Intel_Gateway>("gateway", first)
    .WithEnvironment("Services__PartnerGateway", authority)
    .WithEnvironment("Services__Ingestion", ingestion.GetEndpoint("api"))
    .WithEnvironment("Services__EntityResolution", resolution.GetEndpoint("api"))
    .WithEnvironment("Services__Alerting", alerting.GetEndpoint("api"))
    .WithEnvironment("Services__Console", console.GetEndpoint("api"))
    .WithHttpHealthCheck("/health", endpointName: "api")
    .WaitFor(partners);

builder.Build().Run();
