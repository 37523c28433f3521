namespace Intel.ServiceDefaults.Warmup;

/// <summary>Whether every warm-up step has run, and otherwise which one runs now.</summary>
public sealed class Warmth
{
    private volatile string? _pending = "not started";

    public bool IsWarm => _pending is null;

    public string? Pending => _pending;

    internal void Begin(string step) => _pending = step;

    internal void Done() => _pending = null;
}
