using System.Collections.Concurrent;
using System.Diagnostics;
using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Weasel.Core;

namespace Intel.Bench.Load.Anchors;

/// <summary>
/// Marten alone: a store on a database of its own, configured as the services' stores are (JSON, stream
/// identity, event metadata, append notifications), appending ReportSubmitted events one report per
/// transaction from concurrent writers, as ingestion does for concurrent requests, as fast as it can.
/// </summary>
public static class MartenAppendAnchor
{
    public static async Task<AnchorResult> RunAsync(string postgres, AnchorSamples samples, int seconds, int concurrency)
    {
        var connection = new NpgsqlConnectionStringBuilder(postgres) { MaxPoolSize = concurrency + 4 }.ConnectionString;
        using var store = DocumentStore.For(o =>
        {
            o.Connection(connection);
            o.DatabaseSchemaName = "anchor";
            o.Events.DatabaseSchemaName = "anchor";
            o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            o.Events.StreamIdentity = StreamIdentity.AsGuid;
            o.Events.MetadataConfig.HeadersEnabled = true;
            o.Events.MetadataConfig.CorrelationIdEnabled = true;
            o.Events.MetadataConfig.UserNameEnabled = true;
            o.Events.UseListenNotifyForEventAppends = true;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        // A first pass warms the JIT and the pool; only the second is counted.
        await AppendAsync(store, samples, TimeSpan.FromSeconds(2), concurrency, new ConcurrentBag<double>());
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await AppendAsync(store, samples, TimeSpan.FromSeconds(seconds), concurrency, latencies);
        return new AnchorResult("Marten append (ReportSubmitted, one report per transaction)", latencies.Count / clock.Elapsed.TotalSeconds,
            "reports", Percentiles.Of(latencies), $"{concurrency} concurrent writers, {latencies.Count} appends in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task AppendAsync(DocumentStore store, AnchorSamples samples, TimeSpan duration, int concurrency, ConcurrentBag<double> latencies)
    {
        var deadline = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (deadline.Elapsed < duration)
            {
                var sample = samples.Events[(Interlocked.Increment(ref next) & int.MaxValue) % samples.Events.Count];
                var id = Guid.CreateVersion7();
                var clock = Stopwatch.StartNew();
                await using var session = store.LightweightSession();
                session.SetHeader("traceparent", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01");
                session.LastModifiedBy = sample.ClientId;
                session.Events.StartStream(id, sample with { ReportId = id, ReceivedAt = DateTimeOffset.UtcNow });
                await session.SaveChangesAsync();
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        })));
    }
}
