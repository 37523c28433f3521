using Intel.EntityResolution.Bench.Quality;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// Screening as the UN README describes it: the listed records are loaded as entities, then each query
/// and each negative is searched as the service's person search does (the same blocking, candidate
/// limit and scorer; nothing written). A match is a candidate in the link band.
/// </summary>
internal sealed record Screening(IReadOnlyList<ReportedPerson> Listed, IReadOnlyList<ReportedPerson> Queries, IReadOnlyList<ReportedPerson> Negatives)
{
    public async Task<IReadOnlyList<Figure>> ScoreAsync(string set, MatchWeights weights)
    {
        var index = new InMemoryBlockingIndex();
        var options = new ResolverOptions();
        var resolver = new IncrementalResolver(new MatchScorer(weights, new TermFrequencies()), index, options);
        var truth = new Dictionary<long, string>();
        foreach (var listed in Listed)
        {
            var record = listed.ToRecord(truth.Count + 1).Record;
            truth[record.Id] = listed.Truth;
            await resolver.AddKnownAsync(record);
        }
        async Task<IReadOnlyList<(string Truth, double Total)>> MatchesAsync(ReportedPerson asked)
        {
            var record = asked.ToRecord(0).Record;
            var candidates = await index.CandidatesAsync(BlockingKeys.Of(record), options.CandidateLimit);
            return [.. candidates.Select(c => (Truth: truth[c], Score: resolver.Scorer.Score(record, resolver.Record(c))))
                .Where(c => c.Score.Band == MatchBand.Link).Select(c => (c.Truth, c.Score.Total)).OrderByDescending(c => c.Total)];
        }
        var (found, first) = (0, 0);
        foreach (var query in Queries)
        {
            var matches = await MatchesAsync(query);
            found += matches.Any(m => m.Truth == query.Truth) ? 1 : 0;
            first += matches is [var top, ..] && top.Truth == query.Truth ? 1 : 0;
        }
        var falsePositives = 0;
        foreach (var negative in Negatives)
        {
            falsePositives += (await MatchesAsync(negative)).Count > 0 ? 1 : 0;
        }
        Console.WriteLine($"  screening: {Listed.Count} listed; {found} of {Queries.Count} queries match their listed record, {first} at rank 1; {falsePositives} of {Negatives.Count} negatives match someone");
        return
        [
            Figure.Info(set, "screening recall", Share(found, Queries.Count)),
            Figure.Info(set, "screening recall at rank 1", Share(first, Queries.Count)),
            Figure.Info(set, "screening false-positive rate", Share(falsePositives, Negatives.Count)),
        ];
    }

    private static double Share(int count, int of) => of == 0 ? 0 : (double)count / of;
}
