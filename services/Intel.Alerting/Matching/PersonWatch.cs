using Intel.Alerting.Subscriptions;
using Intel.Contracts.Entities.V1;
using Intel.Standardisation;

namespace Intel.Alerting.Matching;

/// <summary>
/// Watching a person by name, matched the way entity resolution matches people: candidates share
/// a name blocking key (so "Muhammad Barzani" finds "محمد البرزاني"), then the names must be close
/// and the dates of birth must not contradict each other.
/// </summary>
public static class PersonWatch
{
    // A watched "Muhammad Barzani" must still find "Mohammed Abdulrahman Al-Barzani": two words of three score 0.8.
    public const double MinimumSimilarity = 0.78;

    public static IEnumerable<string> KeysOf(WatchedPerson person) =>
        PersonNames.Keys(person.Name)?.BlockingKeys.Select(ForKey) ?? [];

    public static IEnumerable<string> KeysOf(ResolvedMention mention) =>
        (mention.Names ?? []).SelectMany(n => PersonNames.Keys(n)?.BlockingKeys ?? (IEnumerable<string>)[]).Distinct().Select(ForKey);

    public static bool Matches(WatchedPerson person, ResolvedMention mention) =>
        mention.Names is { Count: > 0 } names
        && names.Any(n => PersonNames.Similarity(person.Name, n) >= MinimumSimilarity)
        && !BirthDates.Contradict(BirthDates.Parse(person.DateOfBirth), BirthDates.Parse(mention.DateOfBirth));

    private static string ForKey(string blockingKey) => $"person:{blockingKey}";
}
