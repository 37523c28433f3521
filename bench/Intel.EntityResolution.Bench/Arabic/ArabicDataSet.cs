namespace Intel.EntityResolution.Bench.Arabic;

/// <summary>
/// The ground-truth set: about 1,000 people, each mentioned one to six times (about 3,000 mentions),
/// in a seeded, shuffled order, as reports from several agencies would arrive.
/// </summary>
internal static class ArabicDataSet
{
    public const int Seed = 20250301;

    public static IReadOnlyList<LabelledRecord> Generate(int people = 1_000, int seed = Seed, long firstId = 1)
    {
        var population = new ArabicPopulation(seed);
        var mentions = new ArabicMentions(population);
        var records = new List<LabelledRecord>();
        var id = firstId;
        foreach (var person in population.People(people))
        {
            var count = population.Random.NextDouble() switch { < 0.15 => 1, < 0.40 => 2, < 0.65 => 3, < 0.85 => 4, < 0.95 => 5, _ => 6 };
            for (var i = 0; i < count; i++)
            {
                records.Add(mentions.Mention(person, id++));
            }
        }
        var order = records.ToArray();
        population.Random.Shuffle(order);
        return order;
    }
}
