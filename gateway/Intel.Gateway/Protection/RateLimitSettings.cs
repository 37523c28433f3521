namespace Intel.Gateway.Protection;

/// <summary>
/// Configuration section "RateLimits": fixed windows, no queue (a caller over its rate is told to
/// come back rather than held on a connection). Token requests get a stricter window of their own,
/// because they are anonymous and each one costs a secret hash.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>Twenty a second on average, room for a partner polling for its results; bulk goes through the batch route.</summary>
    public WindowLimit Partner { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>A token lasts an hour, so a client needs few; per address, as the caller is not known yet.</summary>
    public WindowLimit Token { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// People's sign-in pages, per address: a sign-in is about six requests and an agency's office may sign in
    /// behind one address; guessing is held back by each account's lock, this only slows a flood.
    /// </summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/>.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; }
}
