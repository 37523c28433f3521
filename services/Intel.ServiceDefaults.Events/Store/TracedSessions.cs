using System.Diagnostics;
using Marten;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// Sessions that stamp the current trace on every event they append, so the outbox relay can
/// continue the same trace when it publishes those events later, from another thread.
/// </summary>
public static class TracedSessions
{
    public const string TraceParentHeader = "traceparent";

    public static IDocumentSession OpenTracedSession(this IDocumentStore store, string? by = null)
    {
        var session = store.LightweightSession();
        if (Activity.Current is { } activity)
        {
            session.SetHeader(TraceParentHeader, activity.Id!);
            session.CorrelationId = activity.TraceId.ToString();
        }
        if (by is not null)
        {
            session.LastModifiedBy = by;
        }
        return session;
    }
}
