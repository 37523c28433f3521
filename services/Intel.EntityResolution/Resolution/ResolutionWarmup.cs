using Marten;
using Npgsql;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Network;
using Intel.EntityResolution.People;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Warmup;
using Intel.Standardisation;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// Before entity resolution reports ready: a synthetic report, read as the bus delivers it, is taken through resolution's
/// reads (blocking counts and candidates, keys, clusters, an entity fetched for writing) and its pure decisions in memory
/// (standardised keys, forgery and check digits, a person scored against a near twin), and its outcome mapped to
/// <c>ReportResolved</c> as the outbox would; its entity streams, keys, person mention, links and outcome are committed in a
/// rehearsal that is rolled back; and a copy is received through the consumer's queue and acknowledged unapplied. Nothing is stored.
/// </summary>
internal sealed class ResolutionWarmup(
    IDocumentStore store, MatchingModel model, CommitRehearsal rehearsal, OutboxWarmup outbox, ReceiveWarmup receive, TimeProvider clock)
    : IWarmup
{
    public async Task WarmAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var report = OutboxWarmup.AsReceived(Sample(now, "1984-03-02"));
        var twin = Sample(now, "1984");
        if (ReportIngestedChecks.RefusalOf(report) is { } refusal)
        {
            throw new InvalidOperationException($"The warm-up report is refused: {refusal}");
        }
        var person = PersonRecords.From(1, report.Entities[0], report.Entities, report.Links);
        var keys = BlockingKeys.Of(person);

        await using var session = store.LightweightSession();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var blocking = new PersonBlocking(connection, model.Schema, model.Cap, model.Options.CandidateLimit);
        var counts = await blocking.CountsAsync(keys, ct);
        var candidates = await blocking.CandidatesAsync(keys, counts, model.Options.CandidateLimit, ct);
        await CandidateClusters.LoadAsync(
            connection, session.DocumentStore.Options.Serializer(), model.Schema, [.. candidates.Take(1).DefaultIfEmpty(-1)], report.ReportId, model.Options.MaxMembers, ct);
        var scorer = model.Scorer(counts);
        var choice = ClusterChoice.Decide(person, [[PersonRecords.From(2, twin.Entities[0], twin.Entities, twin.Links)]], scorer);
        await session.LoadManyAsync<EntityKey>(ct, [.. report.Entities.SelectMany(e => MatchKeys.Of(e, report))]);
        await session.Events.FetchForWriting<Entity>(Guid.CreateVersion7(), ct);

        var events = new List<object>();
        var streams = new Dictionary<Guid, object[]>();
        var mentions = new List<OutcomeMention>();
        foreach (var reported in report.Entities)
        {
            var entityId = Guid.CreateVersion7();
            var forgery = Forgery.ReasonFor(DateOnly.FromDateTime(now.UtcDateTime), reported, report);
            var match = choice.Best is { } best && reported.Type == "person" ? MatchExplanation.Of(best.Score, choice.Confidence) : null;
            streams[entityId] =
            [
                new EntityCreated(entityId, reported.Type, now),
                new MentionAdded(entityId, report.ReportId, reported.Ref, report.Agency, report.ReleasableTo, MentionedEntity.From(reported),
                    MatchKeys.Of(reported, report), 0, ["new-entity"], now, ReportGrading.From(report.Grading), match, forgery, IdentifierChecks.FailureOf(reported),
                    report.Reference, report.ReceivedAt),
            ];
            events.AddRange(streams[entityId]);
            mentions.Add(new OutcomeMention
            {
                Ref = reported.Ref, EntityId = entityId, EntityType = reported.Type, Selectors = MatchKeys.Of(reported, report), NewEntity = true,
                HeldBy = [report.Agency], NewToAgency = true, SuspectedForgery = forgery is not null, ForgeryReason = forgery,
            });
        }
        var byRef = mentions.ToDictionary(m => m.Ref, m => m.EntityId, StringComparer.Ordinal);
        var recorded = new ResolutionRecorded(new ResolutionOutcome
        {
            ReportId = report.ReportId, Reference = report.Reference, Agency = report.Agency, ReleasableTo = report.ReleasableTo, Tlp = report.Tlp,
            Grading = ReportGrading.From(report.Grading), ReceivedAt = report.ReceivedAt, ResolvedAt = now, Mentions = mentions,
            Links = [.. report.Links.Select(l => new OutcomeLink(byRef[l.From], byRef[l.To], l.Type))],
        });
        events.Add(recorded);
        await rehearsal.RehearseAsync(rehearsed =>
        {
            foreach (var (entityId, stream) in streams)
            {
                rehearsed.Events.StartStream<Entity>(entityId, stream);
                // Keys of the warm-up's own, so no real claim or concurrent warm-up collides with them.
                rehearsed.Insert(new EntityKey($"warm-up:{entityId:N}", entityId));
            }
            // A record id the record sequence never reaches (an id of 0 or less would have Marten draw one from its HiLo table).
            rehearsed.Insert(new PersonMention { Id = long.MaxValue, EntityId = byRef["p1"], ReportId = report.ReportId, Ref = "p1", Record = person });
            ReportLinks.Record(rehearsed, report, byRef, now);
            rehearsed.Events.StartStream(report.ReportId, recorded);
            rehearsed.Insert(new ProcessedMessage(ProcessedMessage.KeyFor("warm-up", report.ReportId), report.ReportId, "warm-up", now));
        }, [report.ReportId, .. streams.Keys], ct);
        await outbox.WarmAsync(events, ct);
        await receive.WarmAsync<ReportIngestedConsumer, ReportIngested>(Sample(now, "1984-03-02"), ct);
    }

    private static ReportIngested Sample(DateTimeOffset now, string dateOfBirth) => new()
    {
        ReportId = Guid.CreateVersion7(),
        Reference = "warm-up",
        Agency = "warm-up",
        ReleasableTo = [],
        Tlp = "amber",
        Grading = new Grading("2", "B", "C", "Not for court use"),
        ReceivedAt = now,
        Entities =
        [
            new ReportedEntity
            {
                Ref = "p1", Type = "person", Name = "Warmup Rehearsal Al-Example", Aliases = ["وارم اب"], DateOfBirth = dateOfBirth,
                Nationality = "IRQ", Gender = "male",
            },
            new ReportedEntity { Ref = "ph1", Type = "phone", Number = "+9647500000000", Country = "IQ" },
            new ReportedEntity { Ref = "em1", Type = "email", Address = "warmup@example.invalid" },
            new ReportedEntity
            {
                Ref = "d1", Type = "document", DocumentType = "passport", Number = "A12345678", IssuingCountry = "IRQ",
                Mrz = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02",
            },
            new ReportedEntity { Ref = "e1", Type = "engine", Make = "Yamaha", Model = "40HP", Serial = "WARMUP-0" },
            new ReportedEntity { Ref = "a1", Type = "account", Iban = "GB82WEST12345698765432", Kind = "bank" },
            new ReportedEntity { Ref = "o1", Type = "organisation", Name = "Warmup Rehearsal Ltd" },
        ],
        Links = [new ReportLink("p1", "ph1", "uses"), new ReportLink("p1", "d1", "holds")],
    };
}
