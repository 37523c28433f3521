using Marten;
using Npgsql;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;
using Intel.EntityResolution.Resolution;
using Intel.EntityResolution.Review;

namespace Intel.EntityResolution.People;

/// <summary>
/// Resolves a reported person against the person entities in the store: candidates from the blocking
/// index, clusters read from <see cref="PersonMention"/>, the decision by <see cref="ClusterChoice"/>, and
/// its outcome written as events with the score and each comparison's contribution.
/// </summary>
public sealed class PersonResolver(MatchingModel model)
{
    public const string By = "entity-resolution";

    /// <summary>Resolves one person of the report; the index is written for all of them by <see cref="PeopleOfReport.WriteIndexAsync"/>.</summary>
    public async Task<MentionOutcome> ResolveAsync(
        EntityWrites writes, PeopleOfReport people, ReportIngested report, ReportedEntity person, DateTimeOffset now, CancellationToken ct)
    {
        var session = writes.Session;
        var blocking = people.Blocking;
        var (record, keys) = people.Of(person);

        var counts = people.Counts;
        var candidates = await blocking.CandidatesAsync(keys, counts, model.Options.CandidateLimit, ct);
        var clusters = await CandidateClusters.LoadAsync(
            (NpgsqlConnection)session.Connection!, session.DocumentStore.Options.Serializer(), model.Schema, candidates, report.ReportId, model.Options.MaxMembers, ct);
        var scorer = model.Scorer(counts);
        var choice = ClusterChoice.Decide(record, [.. clusters.Select(c => c.Members)], scorer, (a, b) => clusters[a].MayJoin(clusters[b]));

        MentionOutcome outcome;
        MatchExplanation? explained = choice.Best is { } best ? MatchExplanation.Of(best.Score, choice.Confidence) : null;
        if (choice.Join is not { } join)
        {
            var id = writes.Start("person", now);
            await writes.AppendAsync(id, Mention(report, person, id, 0, ["new-entity"], explained, now), ct);
            people.Index(record, keys, newEntity: true);
            outcome = new MentionOutcome(id, true, [], []);
        }
        else
        {
            var target = clusters[join];
            var score = choice.Best!.Value.Score;
            await writes.AppendAsync(target.Id, Mention(report, person, target.Id, explained!.Probability, score.Reasons, explained, now), ct);
            var merged = new List<Guid>();
            foreach (var gone in choice.Merge.Select(i => clusters[i]))
            {
                await EntityMerges.MergeAsync(writes, gone.Id, target.Id, By, null, null, MatchExplanation.Of(scorer.Score(record, gone.Members), choice.Confidence), now, ct);
                merged.Add(gone.Id);
            }
            people.Index(record, keys, newEntity: false);
            var held = choice.Merge.SelectMany(i => clusters[i].Standing.HeldBy).Concat(target.Standing.HeldBy).Distinct(StringComparer.Ordinal);
            outcome = new MentionOutcome(target.Id, false, [.. held.Order(StringComparer.Ordinal)], merged);
        }
        foreach (var (index, score) in choice.Review)
        {
            var review = new ReviewRequested(outcome.EntityId, clusters[index].Id, report.ReportId, person.Ref, MatchExplanation.Of(score, choice.Confidence), now);
            await writes.AppendAsync(outcome.EntityId, review, ct);
            session.Store(ReviewCase.Open(review));
        }
        session.Insert(new PersonMention { Id = record.Id, EntityId = outcome.EntityId, ReportId = report.ReportId, Ref = person.Ref, Record = record });
        return outcome;
    }

    private static MentionAdded Mention(
        ReportIngested report, ReportedEntity person, Guid entityId, double score, IReadOnlyList<string> reasons, MatchExplanation? match, DateTimeOffset now) =>
        new(entityId, report.ReportId, person.Ref, report.Agency, report.ReleasableTo, MentionedEntity.From(person), [], score, reasons, now,
            ReportGrading.From(report.Grading), match, Reference: report.Reference, ReceivedAt: report.ReceivedAt);
}
