using Marten;
using Npgsql;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;

namespace Intel.EntityResolution.People;

/// <summary>
/// Person entities a name (and birth date) may stand for, scored as a new mention would be: the same
/// blocking, clusters and model, so "Muhammad Barzani" finds "محمد البرزاني". Nothing is written.
/// </summary>
public sealed class PersonSearch(MatchingModel model)
{
    public async Task<IReadOnlyList<(Entity Entity, MatchExplanation Match)>> FindAsync(
        IDocumentSession session, string name, string? dateOfBirth, int limit, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        var asked = new ReportedEntity { Ref = "search", Type = "person", Name = name, DateOfBirth = dateOfBirth };
        var record = PersonRecords.From(0, asked, [asked], []);
        var blocking = new PersonBlocking((NpgsqlConnection)session.Connection!, model.Schema, model.Cap, model.Options.CandidateLimit);
        var keys = BlockingKeys.Of(record);
        var counts = await blocking.CountsAsync(keys, ct);
        var candidates = await blocking.CandidatesAsync(keys, counts, model.Options.CandidateLimit, ct);
        var clusters = await CandidateClusters.LoadAsync(
            (NpgsqlConnection)session.Connection!, session.DocumentStore.Options.Serializer(), model.Schema, candidates, Guid.Empty, model.Options.MaxMembers, ct);
        var scorer = model.Scorer(counts);
        var found = clusters
            .Select(c => (c.Id, Score: scorer.Score(record, c.Members)))
            .Where(c => c.Score.Band != Matching.Scoring.MatchBand.Separate)
            .OrderByDescending(c => c.Score.Total)
            .Take(limit)
            .ToList();
        var entities = (await session.LoadManyAsync<Entity>(ct, found.Select(c => c.Id))).ToDictionary(e => e.Id);
        return [.. found.Where(c => entities.ContainsKey(c.Id)).Select(c => (entities[c.Id], MatchExplanation.Of(c.Score, c.Score.Total)))];
    }
}
