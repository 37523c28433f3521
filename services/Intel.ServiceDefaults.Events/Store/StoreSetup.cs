using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Weasel.Core;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Warmup;

namespace Intel.ServiceDefaults.Store;

public static class StoreSetup
{
    /// <summary>The async daemon's shard that runs the outbox relay.</summary>
    public const string OutboxShard = "outbox:All";

    /// <summary>
    /// Connections opened before the part reports ready (<see cref="StoreWarmup"/>) and never pruned below: a quiet spell
    /// must not leave the next report to open them again (a new connection is a round trip and an authentication).
    /// </summary>
    public const int HeldConnections = 4;

    /// <summary>
    /// The service's own Marten store in its own PostgreSQL schema, with the async daemon that runs its projections and
    /// its outbox (<see cref="OutboxSetup.AddIntelOutbox{TMessages}"/>).
    /// </summary>
    public static WebApplicationBuilder AddIntelStore(
        this WebApplicationBuilder builder, string schema, Action<StoreOptions> configure)
    {
        var connectionString = builder.Configuration.GetConnectionString("postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:postgres is not set.");

        var wakeup = new AppendWakeup(AppendWakeup.Coalescing);
        builder.Services.AddMarten(options =>
            {
                // A pooled connection is not reset (DISCARD ALL) when returned: no service sets session state, and the
                // reset was a round trip for every query a session made (two in five of all statements under load).
                // The statements a service repeats for every report are prepared once per connection, not parsed
                // and planned by PostgreSQL every time. A service with its daemon and Marten's functions repeats more
                // than 64 distinct statements: at 64 they evicted each other and were prepared again and again (256
                // took the machine from 64-72 % to 55 % busy at 100 reports/s in the alert benchmark).
                options.Connection(new NpgsqlConnectionStringBuilder(connectionString)
                {
                    NoResetOnClose = true, MaxAutoPrepare = 256, AutoPrepareMinUsages = 3, MinPoolSize = HeldConnections,
                }.ConnectionString);
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;
                // Advisory locks are per database: services sharing one database need distinct daemon locks.
                options.Projections.DaemonLockId = StableHash(schema);
                // The daemon learns of new events by polling, woken early when this process commits some
                // (AppendWakeup), so a report's hops through the services need not wait for a poll. Polls stay paced
                // (100 ms while events flow, 500 ms when idle) as the fallback for events other replicas append;
                // polling every 20-40 ms cost each service a quarter of a core at idle, and LISTEN/NOTIFY woke every
                // service's daemon on any append in the database.
                options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
                options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(500);
                options.Projections.Wakeup = wakeup;
                options.Listeners.Add(wakeup);
                options.Projections.UseTransactionEvidenceForGapSkipping = true;
                options.Schema.For<ProcessedMessage>().Identity(m => m.Id);
                configure(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold);

        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource("Marten").AddNpgsql());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter("Marten"));
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("postgres", tags: ["ready"]);
        builder.Services.AddWarmup<StoreWarmup>();
        builder.Services.AddSingleton<CommitRehearsal>();
        return builder;
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash & 0x7FFFFFFF;
        }
    }
}
