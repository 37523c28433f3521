using System.Globalization;

namespace Intel.Bench.Load.Reports;

/// <summary>
/// A seeded population in which person <c>i</c> is always the same person, whoever asks: the preload writes
/// people 0..known-1 as known entities, and the load reports about them (and about people not known yet)
/// with the same names, birth dates, phones and passports, so resolution links them.
/// </summary>
public sealed class Population(int seed)
{
    public static readonly string[] Agencies = ["uk-nca", "uk-homeoffice", "krg-security", "iq-border", "eu-partner"];

    private static readonly (string Country, double Weight)[] Nationalities = [("IRQ", 75), ("IRN", 8), ("SYR", 8), ("TUR", 5), ("AFG", 4)];
    private static readonly (string Country, double Weight)[] PhoneCountries = [("IQ", 60), ("GB", 15), ("FR", 10), ("TR", 10), ("GR", 5)];
    private static readonly string[] HandleWords = ["travel", "safe.way", "europe.trip", "uk.road", "trans", "tours", "visa.help", "boat"];

    public Person At(int id)
    {
        // Not HashCode.Combine: it is salted per process, and the preload and the load must agree on every person.
        var rng = new Random(unchecked((seed * 1_000_003) + id));
        var female = rng.NextDouble() < 0.12;
        var given = Pick(rng, female ? NameBook.Female : NameBook.Male);
        var nationality = Pick(rng, Nationalities);
        return new Person(
            id, given, Pick(rng, NameBook.Male), Pick(rng, NameBook.Family), female,
            new DateOnly(1965, 1, 1).AddDays(rng.Next(40 * 365)), nationality,
            Phone(rng, Pick(rng, PhoneCountries), id),
            rng.NextDouble() < 0.5 ? Passport(rng, nationality, id) : null,
            rng.NextDouble() < 0.4 ? $"{given.Latin[0].ToLowerInvariant()}.{HandleWords[rng.Next(HandleWords.Length)]}{rng.Next(100)}" : null,
            !female && rng.NextDouble() < 0.2 ? $"Abu {Pick(rng, NameBook.Male).Latin[0]}" : null,
            Agencies[rng.Next(Agencies.Length)]);
    }

    public static T Pick<T>(Random rng, IReadOnlyList<(T Value, double Weight)> items)
    {
        var at = rng.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (value, weight) in items)
        {
            at -= weight;
            if (at < 0)
            {
                return value;
            }
        }
        return items[^1].Value;
    }

    private static NameForm Pick(Random rng, NameForm[] names) => Pick(rng, [.. names.Select(n => (n, n.Weight))]);

    /// <summary>A mobile number of the country's plan, with the national form its agencies write; no two people share one.</summary>
    private static Phone Phone(Random rng, string country, int id) => country switch
    {
        "IQ" => National(country, "964", $"7{"5789"[rng.Next(4)]}{Unique(id, 8)}", n => $"0{n[..3]} {n[3..6]} {n[6..]}"),
        "GB" => National(country, "44", $"7{"45789"[rng.Next(5)]}{Unique(id, 8)}", n => $"0{n[..4]} {n[4..]}"),
        "FR" => National(country, "33", $"{"67"[rng.Next(2)]}{Unique(id, 8)}", n => $"0{n[0]} {n[1..3]} {n[3..5]} {n[5..7]} {n[7..]}"),
        "TR" => National(country, "90", $"5{"345"[rng.Next(3)]}{Unique(id, 8)}", n => $"0{n[..3]} {n[3..6]} {n[6..8]} {n[8..]}"),
        _ => National(country, "30", $"69{"3457"[rng.Next(4)]}{Unique(id, 7)}", n => $"{n[..3]} {n[3..6]} {n[6..]}"),
    };

    /// <summary>
    /// Digits that differ for every id below 10^digits: the id scrambled by a multiplier prime to 10, since a
    /// million random numbers of eight digits would give hundreds of people the same phone.
    /// </summary>
    private static string Unique(int id, int digits)
    {
        var space = (long)Math.Pow(10, digits);
        return (id * 7_919L % space).ToString(new string('0', digits), CultureInfo.InvariantCulture);
    }

    private static Phone National(string country, string code, string subscriber, Func<string, string> format) =>
        new(country, $"+{code}{subscriber}", format(subscriber));

    private static Passport Passport(Random rng, string country, int id)
    {
        var letter = country == "IRQ" ? "A" : ((char)('A' + rng.Next(26))).ToString();
        // Eight digits not starting with 0, a different number for every id (7,919 is prime to 90,000,000).
        var number = letter + (10_000_000 + (id * 7_919L % 90_000_000)).ToString(CultureInfo.InvariantCulture);
        return new Passport(country, number, new DateOnly(2026, 1, 1).AddDays(rng.Next(8 * 365)));
    }
}
