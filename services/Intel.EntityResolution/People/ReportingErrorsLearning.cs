using Marten;
using JasperFx;
using Intel.EntityResolution.Matching.Estimation;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.People;

/// <summary>
/// Learns how the reports the service holds err, as the store grows (<see cref="ReportingErrors.DueAt"/>: at
/// <c>Resolution:LearnFrom</c> person records, 1,000 by default, then at each doubling), from the most recent
/// <see cref="ReportingErrors.Sample"/> of them, and resolves with it from then on. What was learnt is stored
/// first, so replicas and restarts take up the same weights; two replicas learning at once store one of them.
/// <c>Resolution:LearnReportingErrors</c> false keeps the configured weights as they are.
/// </summary>
internal sealed class ReportingErrorsLearning(IDocumentStore store, MatchingModel model, IConfiguration configuration, TimeProvider clock,
    ILogger<ReportingErrorsLearning> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Resolution:LearnReportingErrors", true))
        {
            return;
        }
        var from = configuration.GetValue("Resolution:LearnFrom", ReportingErrors.MinimumRecords);
        using var timer = new PeriodicTimer(configuration.GetValue("Resolution:LearnEvery", TimeSpan.FromMinutes(1)), clock);
        do
        {
            try
            {
                await LearnIfDueAsync(from, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Learning how the held reports err failed; resolution goes on with {Version}", model.Weights.Version);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task LearnIfDueAsync(int from, CancellationToken ct)
    {
        await using (var session = store.QuerySession())
        {
            await TakeUpAsync(session, ct);
            if (ReportingErrors.DueAt(await session.Query<PersonMention>().CountAsync(ct), model.LearntFrom, from) is not { } due)
            {
                return;
            }
            var held = await session.Query<PersonMention>().OrderByDescending(m => m.Id).Take(ReportingErrors.Sample).ToListAsync(ct);
            var records = held.Select(m => m.Record).Reverse().ToList();
            var learnt = await ReportingErrors.LearnAsync(model.Defaults, records, due, clock.GetUtcNow(), ct);
            await StoreAsync(new LearntReportingErrors
            {
                Id = $"{model.Defaults.Version}+errors-of-{due}", Version = learnt.Version, Defaults = model.Defaults.Version, Held = due, Records = records.Count, LearntAt = learnt.EstimatedAt, Weights = learnt.ToJson(),
            }, due, ct);
        }
        await using var again = store.QuerySession();
        await TakeUpAsync(again, ct);
    }

    private async Task StoreAsync(LearntReportingErrors learnt, int due, CancellationToken ct)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(learnt);
            await session.SaveChangesAsync(ct);
            logger.LogInformation("Learnt how the held reports err from {Records} of {Due} person records: resolving with {Version}", learnt.Records, due, learnt.Version);
        }
        catch (DocumentAlreadyExistsException)
        {
            logger.LogInformation("Another replica learnt from {Due} person records first; taking up its weights", due);
        }
    }

    /// <summary>Resolves with the latest weights any replica stored, when they are newer than this one's.</summary>
    private async Task TakeUpAsync(IQuerySession session, CancellationToken ct)
    {
        var defaults = model.Defaults.Version;
        var latest = await session.Query<LearntReportingErrors>().Where(l => l.Defaults == defaults).OrderByDescending(l => l.Held).FirstOrDefaultAsync(ct);
        if (latest is null || latest.Version == model.Weights.Version)
        {
            return;
        }
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(latest.Weights));
        model.Learnt(MatchWeights.Read(json), latest.Held);
    }
}
