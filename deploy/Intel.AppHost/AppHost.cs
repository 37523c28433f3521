// Local orchestration without Docker: PostgreSQL and RabbitMQ come from deploy/local (or any
// server named by ConnectionStrings:*), and Aspire runs the five parts on fixed loopback ports.
var builder = DistributedApplication.CreateBuilder(args);

// The parts run in the app host's environment (Development under make up), never silently in Production.
var environment = builder.Environment.EnvironmentName;
var postgres = builder.AddConnectionString("postgres");
var rabbitmq = builder.AddConnectionString("rabbitmq");

// Fixed loopback ports: partner-gateway's address is known before it runs, so the services that
// consume its messages can start (and declare their queues) first.
const string authority = "http://127.0.0.1:8081";

IResourceBuilder<ProjectResource> Service<T>(string name, int port) where T : IProjectMetadata, new() =>
    builder.AddProject<T>(name)
        .WithHttpEndpoint(port: port, name: "api", isProxied: false)
        .WithReference(postgres).WithReference(rabbitmq)
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
        .WithEnvironment("Auth__Authority", authority);

var ingestion = Service<Projects.Intel_Ingestion>("ingestion", 8082);
var resolution = Service<Projects.Intel_EntityResolution>("entity-resolution", 8083);
var alerting = Service<Projects.Intel_Alerting>("alerting", 8084);

var partners = builder.AddProject<Projects.Intel_PartnerGateway>("partner-gateway")
    .WithHttpEndpoint(port: 8081, name: "api", isProxied: false)
    .WithReference(postgres).WithReference(rabbitmq)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
    .WithEnvironment("Auth__Authority", authority)
    .WaitFor(ingestion).WaitFor(resolution).WaitFor(alerting);

builder.AddProject<Projects.Intel_Gateway>("gateway")
    .WithHttpEndpoint(port: 8080, name: "api", isProxied: false)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
    .WithEnvironment("Auth__Authority", authority)
    .WithEnvironment("Services__PartnerGateway", authority)
    .WithEnvironment("Services__Ingestion", ingestion.GetEndpoint("api"))
    .WithEnvironment("Services__EntityResolution", resolution.GetEndpoint("api"))
    .WithEnvironment("Services__Alerting", alerting.GetEndpoint("api"))
    .WaitFor(partners);

builder.Build().Run();
