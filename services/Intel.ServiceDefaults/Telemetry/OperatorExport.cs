using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace Intel.ServiceDefaults.Telemetry;

/// <summary>
/// A second OTLP destination beside the one OTEL_EXPORTER_OTLP_* names: section "Telemetry:Operator" (Endpoint,
/// Protocol "grpc" or "http/protobuf", Headers as in OTEL_EXPORTER_OTLP_HEADERS). Under <c>make up</c> Aspire points
/// OTEL_EXPORTER_OTLP_* at its dashboard, so the app host hands the operator's own variables on here.
/// </summary>
internal sealed record OperatorExport(Uri Endpoint, OtlpExportProtocol Protocol, string Headers, int MetricIntervalMilliseconds)
{
    public const string Name = "operator";
    private const string Section = "Telemetry:Operator";

    public static OperatorExport? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["Endpoint"]))
        {
            return null;
        }
        var protocol = section["Protocol"] switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new InvalidOperationException($"{Section}:Protocol must be grpc or http/protobuf, not {other}."),
        };
        // The SDK's own interval variable, so the operator's metrics come as often as the dashboard's.
        var interval = int.TryParse(configuration["OTEL_METRIC_EXPORT_INTERVAL"], out var ms) && ms > 0 ? ms : 60_000;
        return new OperatorExport(new Uri(section["Endpoint"]!), protocol, section["Headers"] ?? "", interval);
    }

    /// <summary>
    /// Options for one signal. Headers are always set, so the dashboard's API key (in OTEL_EXPORTER_OTLP_HEADERS)
    /// never reaches the operator; over HTTP the signal's path is added, as the SDK does only for the variables.
    /// </summary>
    public OtlpExporterOptions Options(string signalPath)
    {
        var options = new OtlpExporterOptions();
        For(signalPath)(options);
        return options;
    }

    public Action<OtlpExporterOptions> For(string signalPath) => o =>
    {
        o.Protocol = Protocol;
        o.Headers = Headers;
        o.Endpoint = Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(Endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : Endpoint;
    };
}
