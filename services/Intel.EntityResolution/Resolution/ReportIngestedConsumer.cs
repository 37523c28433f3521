using System.Diagnostics;
using Marten;
using MassTransit;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Network;
using Intel.EntityResolution.People;
using Intel.ServiceDefaults.Messaging;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// Resolves each entity of a new report: people by the matching engine, things with identifiers by exact
/// key; records the links the report adds to the network and the outcome for the report, all in one
/// transaction (begun first, so the blocking index's locks hold until the commit).
/// </summary>
public sealed class ReportIngestedConsumer(
    IDocumentStore store, PersonResolver people, MatchingModel model, TimeProvider clock, ILogger<ReportIngestedConsumer> logger)
    : IdempotentConsumer<ReportIngested>(store, clock, logger)
{
    public static readonly ActivitySource Source = new("Intel.EntityResolution");

    protected override string? RefusalOf(ReportIngested message) => ReportIngestedChecks.RefusalOf(message);

    protected override async Task HandleAsync(ConsumeContext<ReportIngested> context, IDocumentSession session)
    {
        var report = context.Message;
        using var activity = Source.StartActivity("report resolve");
        activity?.SetTag("intel.report.id", report.ReportId);
        var ct = context.CancellationToken;
        var now = Clock.GetUtcNow();
        await session.BeginTransactionAsync(ct);
        var writes = new EntityWrites(session);
        var claimedHere = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var mentions = new List<OutcomeMention>();
        var persons = await PeopleOfReport.LockAsync((Npgsql.NpgsqlConnection)session.Connection!, model, report, ct);
        var stored = await ExactResolution.StoredClaimsAsync(session, persons.ThingKeys, ct);

        foreach (var reported in report.Entities)
        {
            var forgery = Forgery.ReasonFor(DateOnly.FromDateTime(now.UtcDateTime), reported, report);
            var outcome = reported.Type == "person"
                ? await people.ResolveAsync(writes, persons, report, reported, now, ct)
                : await ExactResolution.ResolveAsync(writes, claimedHere, stored, report, reported, forgery, now, ct);
            mentions.Add(new OutcomeMention
            {
                Ref = reported.Ref,
                EntityId = outcome.EntityId,
                EntityType = reported.Type,
                Selectors = MatchKeys.Of(reported, report),
                NewEntity = outcome.NewEntity,
                HeldBy = [.. outcome.HeldBefore.Append(report.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                NewToAgency = !outcome.HeldBefore.Contains(report.Agency),
                SuspectedForgery = forgery is not null,
                ForgeryReason = forgery,
                Names = reported.Type == "person" ? [.. new[] { reported.Name }.Concat(reported.Aliases ?? []).OfType<string>()] : null,
                DateOfBirth = reported.Type == "person" ? reported.DateOfBirth : null,
                MergedFrom = outcome.MergedFrom.Count > 0 ? outcome.MergedFrom : null,
            });
        }

        await persons.WriteIndexAsync(ct);

        var byRef = mentions.ToDictionary(m => m.Ref, m => m.EntityId, StringComparer.Ordinal);
        ReportLinks.Record(session, report, byRef, now);
        session.Events.StartStream(report.ReportId, new ResolutionRecorded(new ResolutionOutcome
        {
            ReportId = report.ReportId,
            Reference = report.Reference,
            Agency = report.Agency,
            ReleasableTo = report.ReleasableTo,
            Tlp = report.Tlp,
            Grading = Entities.ReportGrading.From(report.Grading),
            ReceivedAt = report.ReceivedAt,
            ResolvedAt = now,
            Mentions = mentions,
            Links = [.. report.Links.Select(l => new OutcomeLink(byRef[l.From], byRef[l.To], l.Type))],
        }));
    }
}
