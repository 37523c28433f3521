namespace Intel.Gateway.Protection;

/// <summary>Configuration section "BodyLimits": the body size a route accepts unless it names its own.</summary>
public sealed class BodyLimitSettings
{
    public const string Section = "BodyLimits";

    /// <summary>1 MiB: a single report, as API.md promises.</summary>
    public long DefaultBytes { get; set; } = 1 << 20;
}
