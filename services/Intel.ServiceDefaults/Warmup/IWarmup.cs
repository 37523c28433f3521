namespace Intel.ServiceDefaults.Warmup;

/// <summary>
/// One thing a part does once before it reports ready, so that the first report after a start is handled as fast as the
/// hundredth: a connection opened, a key set fetched, a hot path run on synthetic data in memory. It writes nothing
/// durable: no document, no event, no message (a rolled-back append would still spend an event sequence number, which the
/// async daemon must then wait out as a gap).
/// </summary>
public interface IWarmup
{
    Task WarmAsync(CancellationToken ct);
}
