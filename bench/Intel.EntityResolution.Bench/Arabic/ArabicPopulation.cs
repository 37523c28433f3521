namespace Intel.EntityResolution.Bench.Arabic;

/// <summary>
/// A seeded population of Iraqi, Kurdish and neighbouring-country people. Names are drawn by frequency,
/// so common combinations (Mohammed Ali, Ahmed Hassan) recur among different people; a few are brothers
/// who share a father's and family name and sometimes a phone.
/// </summary>
internal sealed class ArabicPopulation(int seed)
{
    private static readonly (string Country, double Weight)[] Nationalities = [("IRQ", 75), ("IRN", 8), ("SYR", 8), ("TUR", 5), ("AFG", 4)];

    private readonly Random _rng = new(seed);

    public Random Random => _rng;

    public List<ArabicPerson> People(int count)
    {
        var people = new List<ArabicPerson>(count);
        for (var id = 0; id < count; id++)
        {
            people.Add(people.Count > 0 && _rng.NextDouble() < 0.03 ? Brother(id, people[_rng.Next(people.Count)]) : Person(id));
        }
        return people;
    }

    public T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = 0.0;
        foreach (var item in items)
        {
            total += weight(item);
        }
        var at = _rng.NextDouble() * total;
        foreach (var item in items)
        {
            at -= weight(item);
            if (at < 0)
            {
                return item;
            }
        }
        return items[^1];
    }

    private ArabicPerson Person(int id)
    {
        var female = _rng.NextDouble() < 0.15;
        var phones = _rng.NextDouble() switch { < 0.2 => 0, < 0.75 => 1, _ => 2 };
        return new ArabicPerson(
            id,
            Pick(female ? ArabicNames.Female : ArabicNames.Male, n => n.Weight),
            Pick(ArabicNames.Male, n => n.Weight),
            Pick(ArabicNames.Family, n => n.Weight),
            female ? "female" : "male",
            BirthDate(1960, 2004),
            Pick(Nationalities, n => n.Weight).Country,
            [.. Enumerable.Range(0, phones).Select(_ => Phone())],
            _rng.NextDouble() < 0.45 ? Passport() : null,
            !female && _rng.NextDouble() < 0.2 ? Pick(ArabicNames.Male, n => n.Weight) : null);
    }

    // A brother: same father and family, his own given name and birth date; a third of them share a phone.
    private ArabicPerson Brother(int id, ArabicPerson sibling)
    {
        var own = Person(id);
        var years = (_rng.Next(2) * 2 - 1) * _rng.Next(1, 12);
        var phones = _rng.NextDouble() < 0.33 ? [sibling.Phones.Count > 0 ? sibling.Phones[0] : Phone()] : own.Phones;
        return own with
        {
            Given = Pick(ArabicNames.Male, n => n.Weight),
            Gender = "male",
            Father = sibling.Father,
            Family = sibling.Family,
            Birth = sibling.Birth.AddYears(years).AddDays(_rng.Next(-150, 150)),
            Nationality = sibling.Nationality,
            Phones = phones,
        };
    }

    private DateOnly BirthDate(int from, int to) => new DateOnly(from, 1, 1).AddDays(_rng.Next((to - from) * 365));

    private string Phone() => $"+9647{_rng.Next(5, 10)}{_rng.Next(10_000_000, 100_000_000)}";

    private string Passport() => $"{"ABG"[_rng.Next(3)]}{_rng.Next(10_000_000, 100_000_000)}";
}
