using System.Text.Json.Serialization;

namespace Intel.EntityResolution.Entities;

/// <summary>An entity stands for itself, or was merged into another; stored and shown by these names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityStatus>))]
public enum EntityStatus
{
    [JsonStringEnumMemberName("active")]
    Active,

    [JsonStringEnumMemberName("merged")]
    Merged,
}
