using System.Text;
using JasperFx;
using Marten;
using Npgsql;
using Intel.EntityResolution.Matching.Estimation;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.People;

/// <summary>
/// Learns how the reports the service holds err, as the store grows (<see cref="ReportingErrors.DueAt"/>: at
/// <c>Resolution:LearnFrom</c> person records, 1,000 by default, then at each doubling), from the most recent
/// <see cref="ReportingErrors.Sample"/> of them, and resolves with it from then on. What was learnt is stored
/// first, so replicas and restarts take up the same weights (a restart before it consumes a report); two replicas
/// learning at once store one of them. Each count is tried once: a failure, or an implausible fit (which keeps m as it was
/// and learns only the nationality and gender), waits for the next doubling rather than running EM again every minute. <c>Resolution:LearnReportingErrors</c> false keeps the
/// configured weights as they are.
/// </summary>
internal sealed class ReportingErrorsLearning(IDocumentStore store, MatchingModel model, IConfiguration configuration, TimeProvider clock,
    ILogger<ReportingErrorsLearning> logger) : BackgroundService
{
    private readonly bool _enabled = configuration.GetValue("Resolution:LearnReportingErrors", true);
    private readonly int _from = configuration.GetValue("Resolution:LearnFrom", ReportingErrors.MinimumRecords);
    private readonly TimeSpan _every = configuration.GetValue("Resolution:LearnEvery", TimeSpan.FromMinutes(1));
    private int _triedAt;

    // A quarter of a core: learning runs beside resolution, which must keep up with the feeds meanwhile.
    private const double CoreShare = 0.25;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_enabled)
        {
            try
            {
                await using var session = store.QuerySession();
                await TakeUpAsync(session, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not read the weights learnt before; resolving with {Version} until the next look", model.Weights.Version);
            }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled)
        {
            return;
        }
        if (_from < 1 || _every <= TimeSpan.Zero)
        {
            logger.LogError("Resolution:LearnFrom ({From}) and Resolution:LearnEvery ({Every}) must be positive; resolving with {Version}",
                _from, _every, model.Weights.Version);
            return;
        }
        using var timer = new PeriodicTimer(_every, clock);
        do
        {
            try
            {
                await LearnIfDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Learning how the held reports err failed; resolving with {Version} until the held records double", model.Weights.Version);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task LearnIfDueAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        await TakeUpAsync(session, ct);
        if (ReportingErrors.DueAt(await HeldAsync(ct), Math.Max(model.LearntFrom ?? 0, _triedAt), _from) is not { } due)
        {
            return;
        }
        _triedAt = due;
        var held = await session.Query<PersonMention>().OrderByDescending(m => m.Id).Take(ReportingErrors.Sample).ToListAsync(ct);
        var records = held.Select(m => m.Record).Reverse().ToList();
        var (learnt, errorsLearnt) = await ReportingErrors.LearnAsync(model.Defaults, model.Weights, records, due, clock.GetUtcNow(), CoreShare, ct);
        if (!errorsLearnt)
        {
            logger.LogWarning("What EM found in {Records} held person records is not how one person's reports differ; m stays as in {Version}",
                records.Count, model.Weights.Version);
        }
        if (await StoreAsync(new LearntReportingErrors
        {
            Id = learnt.Version, Defaults = model.Defaults.Version, Held = due, Records = records.Count,
            LearntAt = learnt.EstimatedAt, Weights = learnt.ToJson(),
        }, ct))
        {
            model.Learnt(learnt, due);
        }
        else
        {
            await TakeUpAsync(session, ct);
        }
    }

    /// <summary>How many person records the service has numbered: counting the mentions themselves would read the whole table every look.</summary>
    private async Task<long> HeldAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {model.Schema}.{BlockingTables.RecordIds}", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Stores what this replica learnt, unless another stored weights for the same count first.</summary>
    private async Task<bool> StoreAsync(LearntReportingErrors learnt, CancellationToken ct)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(learnt);
            await session.SaveChangesAsync(ct);
            logger.LogInformation("Learnt from {Records} held person records: resolving with {Version}", learnt.Records, learnt.Id);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            logger.LogInformation("Another replica learnt {Version} first; taking up its weights", learnt.Id);
            return false;
        }
    }

    /// <summary>Resolves with the latest weights any replica stored for the configured defaults, when they are newer than this one's.</summary>
    private async Task TakeUpAsync(IQuerySession session, CancellationToken ct)
    {
        var defaults = model.Defaults.Version;
        var latest = await session.Query<LearntReportingErrors>().Where(l => l.Defaults == defaults).OrderByDescending(l => l.Held).FirstOrDefaultAsync(ct);
        if (latest is null || latest.Held <= (model.LearntFrom ?? 0))
        {
            return;
        }
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(latest.Weights));
        model.Learnt(MatchWeights.Read(json), latest.Held);
    }
}
