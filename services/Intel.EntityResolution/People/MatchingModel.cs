using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.People;

/// <summary>
/// The scoring model the service resolves people with: a versioned weights file (<c>Resolution:Weights</c>,
/// person-v3 by default), with how the held reports err once it has learnt that (<see cref="ReportingErrorsLearning"/>),
/// the blocking cap and the work limits. Term frequencies are not held here: each resolution reads them with its
/// blocking keys, so every replica scores with the same counts.
/// </summary>
public sealed class MatchingModel(MatchWeights defaults, string schema, int cap = PersonBlocking.DefaultCap, ResolverOptions? options = null)
{
    /// <summary>The weights version the service resolves with unless <c>Resolution:Weights</c> names another.</summary>
    public const string DefaultWeights = "person-v3";

    private volatile MatchWeights _current = defaults;

    /// <summary>The weights as configured, before anything was learnt from the held reports.</summary>
    public MatchWeights Defaults { get; } = defaults;

    /// <summary>The weights resolution scores with now; each decision's explanation names their version.</summary>
    public MatchWeights Weights => _current;

    /// <summary>How many held records the current weights learnt their errors from; none while they are the defaults.</summary>
    public int? LearntFrom { get; private set; }

    public string Schema => schema;
    public int Cap => cap;
    public ResolverOptions Options { get; } = options ?? new ResolverOptions();

    public void Learnt(MatchWeights learnt, int records)
    {
        _current = learnt;
        LearntFrom = records;
    }

    public MatchScorer Scorer(IReadOnlyDictionary<string, KeyCount> counts)
    {
        var entities = counts.GetValueOrDefault(PersonBlocking.AllEntities).Entities;
        var values = counts.Select(c => c.Key switch
        {
            ['n', ':', .. var word] when !word.Contains('+', StringComparison.Ordinal) => (FrequencyField.NameWord, word, c.Value.Entities),
            ['b', ':', .. var date] => (FrequencyField.BirthDate, date, c.Value.Entities),
            ['i', ':', .. var identifier] => (FrequencyField.Identifier, identifier, c.Value.Entities),
            _ => (FrequencyField.None, "", 0),
        }).Where(v => v.Item1 != FrequencyField.None);
        return new MatchScorer(_current, TermFrequencies.Of(entities, values));
    }
}
