namespace Intel.ServiceDefaults.Warmup;

/// <summary>
/// One thing a part does once before it reports ready, so that the first report after a start is handled as fast as the
/// hundredth: a connection opened, a key set fetched, a hot path run on synthetic data, a commit rehearsed and rolled back
/// (<c>CommitRehearsal</c>, which undoes the event sequence too). It leaves nothing durable: no document, no event, no
/// message, no event sequence number spent (a gap the async daemon would have to wait out).
/// </summary>
public interface IWarmup
{
    Task WarmAsync(CancellationToken ct);
}
