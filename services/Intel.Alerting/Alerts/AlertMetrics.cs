using System.Diagnostics.Metrics;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Alert latency from the report's first receipt, exported over OTLP like every other metric:
/// to raising the alert, and to handing it to an analyst's live stream.
/// </summary>
public static class AlertMetrics
{
    private static readonly Meter Meter = new("Intel.Alerting");

    private static readonly Histogram<double> Raised = Meter.CreateHistogram<double>(
        "intel.alert.raise.latency", "ms", "From report receipt to alert raised.");

    private static readonly Histogram<double> Delivered = Meter.CreateHistogram<double>(
        "intel.alert.delivery.latency", "ms", "From report receipt to alert written to a live stream.");

    public static void RecordRaised(string rule, DateTimeOffset receivedAt, DateTimeOffset raisedAt) =>
        Raised.Record((raisedAt - receivedAt).TotalMilliseconds, new KeyValuePair<string, object?>("rule", rule));

    public static void RecordDelivered(string rule, DateTimeOffset receivedAt, DateTimeOffset deliveredAt) =>
        Delivered.Record((deliveredAt - receivedAt).TotalMilliseconds, new KeyValuePair<string, object?>("rule", rule));
}
