using System.Text.Json;
using Intel.Bench.Load.Reports;
using Intel.Ingestion.Reports;

namespace Intel.Bench.Load.Anchors;

/// <summary>
/// What the anchors write: the load's own reports, validated by ingestion's parser into the very
/// <see cref="ReportSubmitted"/> events it stores, and the <c>ReportIngested</c> message it publishes for
/// each, in an envelope shaped like MassTransit's, so both anchors move the platform's bytes.
/// </summary>
public sealed class AnchorSamples
{
    private AnchorSamples(IReadOnlyList<ReportSubmitted> events, IReadOnlyList<byte[]> messages)
    {
        Events = events;
        Messages = messages;
    }

    public IReadOnlyList<ReportSubmitted> Events { get; }
    public IReadOnlyList<byte[]> Messages { get; }

    public static AnchorSamples Create(int seed, int count = 500)
    {
        var factory = new ReportFactory(new Population(seed), 10_000, seed);
        var rules = new ReportRules(new HashSet<string>(Population.Agencies, StringComparer.Ordinal), DateTimeOffset.UtcNow);
        var events = new List<ReportSubmitted>();
        var messages = new List<byte[]>();
        for (var i = 0; i < count; i++)
        {
            var report = factory.Next("anchor");
            using var body = JsonDocument.Parse(report.Body);
            var parsed = ReportSubmissionParser.Parse(body.RootElement, rules);
            var submission = parsed.Submission
                ?? throw new InvalidOperationException($"A generated report is invalid: {string.Join("; ", parsed.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))}");
            var submitted = new ReportSubmitted(Guid.CreateVersion7(), report.Agency, $"{report.Agency}-feed", DateTimeOffset.UtcNow, ContentHash.Of(submission), submission);
            events.Add(submitted);
            messages.Add(Envelope(Report.Create(submitted).ToMessage()));
        }
        return new AnchorSamples(events, messages);
    }

    private static readonly string[] MessageTypes = ["urn:message:intel:reports:v1:report-ingested"];

    public double AverageMessageBytes => Messages.Average(m => m.Length);

    private static byte[] Envelope(object message) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        messageId = Guid.NewGuid(), requestId = (Guid?)null, correlationId = (Guid?)null, conversationId = Guid.NewGuid(),
        initiatorId = (Guid?)null, sourceAddress = "rabbitmq://127.0.0.1/load/ingestion_outbox", destinationAddress = "rabbitmq://127.0.0.1/load/intel.reports.v1.report-ingested",
        responseAddress = (string?)null, faultAddress = (string?)null, messageType = MessageTypes,
        message, expirationTime = (DateTime?)null, sentTime = DateTime.UtcNow,
        headers = new Dictionary<string, string> { ["traceparent"] = "00-70703fb1fc0889f14895df417583d2df-4423fa569b6c3430-01" },
        host = new { machineName = "load", processName = "Intel.Ingestion", processId = 4242, assembly = "Intel.Ingestion", assemblyVersion = "1.0.0.0", frameworkVersion = "10.0.0", massTransitVersion = "8.5.12.0", operatingSystemVersion = "Unix 6.1.0.0" },
    }, JsonSerializerOptions.Web);
}
