using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.People;

/// <summary>
/// The scoring model the service resolves people with: a versioned weights file (<c>Resolution:Weights</c>,
/// person-v3 by default), the blocking cap and the work limits. Term frequencies are not held here: each
/// resolution reads them with its blocking keys, so every replica scores with the same counts.
/// </summary>
public sealed class MatchingModel(MatchWeights weights, string schema, int cap = PersonBlocking.DefaultCap, ResolverOptions? options = null)
{
    /// <summary>The weights version the service resolves with unless <c>Resolution:Weights</c> names another.</summary>
    public const string DefaultWeights = "person-v3";

    public MatchWeights Weights => weights;
    public string Schema => schema;
    public int Cap => cap;
    public ResolverOptions Options { get; } = options ?? new ResolverOptions();

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
        return new MatchScorer(weights, TermFrequencies.Of(entities, values));
    }
}
