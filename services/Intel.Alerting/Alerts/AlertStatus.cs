using System.Text.Json.Serialization;

namespace Intel.Alerting.Alerts;

/// <summary>Where an alert is in its lifecycle; stored by these names, as before it was an enum.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlertStatus>))]
public enum AlertStatus
{
    [JsonStringEnumMemberName("raised")]
    Raised,

    [JsonStringEnumMemberName("acknowledged")]
    Acknowledged,

    [JsonStringEnumMemberName("closed")]
    Closed,
}
