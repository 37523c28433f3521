using Intel.EntityResolution.Matching.Clustering;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Audits each decision against the truth as it is made: a link to a cluster mostly of other people, when
/// the record's own person had a cluster already or not, and merges of clusters of different people.
/// </summary>
internal sealed class DecisionAudit
{
    private readonly Dictionary<long, string> _truth = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _examples = [];
    private readonly List<string> _missed = [];
    private int _wrongWhileOwnKnown, _wrongFirstSighting, _wrongMerges, _missedWhileOwnKnown;

    public void Add(IncrementalResolver resolver, LabelledRecord labelled, RecordResolution resolution)
    {
        var known = _seen.Contains(labelled.Truth);
        _truth[labelled.Record.Id] = labelled.Truth;
        _seen.Add(labelled.Truth);
        var members = resolver.Clusters.Members(resolution.ClusterId).Where(m => m != labelled.Record.Id).ToList();
        if (resolution.Decision == ResolutionDecision.NewCluster)
        {
            _missedWhileOwnKnown += known ? 1 : 0;
            if (known && _missed.Count < 40)
            {
                var own = _truth.Where(t => t.Value == labelled.Truth && t.Key != labelled.Record.Id).Select(t => resolver.Clusters.ClusterOf(t.Key)).Distinct().ToList();
                var against = own.Select(c => resolver.Scorer.Score(labelled.Record, [.. resolver.Clusters.Members(c).Select(resolver.Record)])).ToList();
                _missed.Add($"    missed: {Diagnostics.Describe(labelled.Record)}\n      own {string.Join(" ; ", own.SelectMany(resolver.Clusters.Members).Take(5).Select(m => Diagnostics.Describe(resolver.Record(m))))}\n      {string.Join(" || ", against)}\n      chosen {resolution.Best?.Score.Total:F2} confidence {resolution.Confidence:F2}");
            }
            return;
        }
        var majority = members.GroupBy(m => _truth[m], StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        if (majority != labelled.Truth)
        {
            _ = known ? _wrongWhileOwnKnown++ : _wrongFirstSighting++;
            if (_examples.Count < 30)
            {
                _examples.Add($"    {(known ? "own known" : "first")}: {Diagnostics.Describe(labelled.Record)}\n      joined {string.Join(" ; ", members.Take(4).Select(m => Diagnostics.Describe(resolver.Record(m))))}\n      {resolution.Best?.Score} confidence {resolution.Confidence:F2}");
            }
        }
        if (resolution.Decision == ResolutionDecision.Merged && members.Select(m => _truth[m]).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            _wrongMerges++;
        }
    }

    public void Print()
    {
        Console.WriteLine(
            $"  audit: wrong links {_wrongWhileOwnKnown} (own person known) + {_wrongFirstSighting} (first sighting); merges mixing people {_wrongMerges}; new cluster although own person known {_missedWhileOwnKnown}");
        _examples.ForEach(Console.WriteLine);
        _missed.ForEach(Console.WriteLine);
    }
}
