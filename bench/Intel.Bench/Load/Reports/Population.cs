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
            Phone(rng, Pick(rng, PhoneCountries)),
            rng.NextDouble() < 0.5 ? Passport(rng, nationality) : null,
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

    /// <summary>A mobile number of the country's plan, with the national form its agencies write.</summary>
    private static Phone Phone(Random rng, string country)
    {
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + rng.Next(10))));
        return country switch
        {
            "IQ" => National(country, "964", $"7{"5789"[rng.Next(4)]}{Digits(8)}", n => $"0{n[..3]} {n[3..6]} {n[6..]}"),
            "GB" => National(country, "44", $"7{"45789"[rng.Next(5)]}{Digits(8)}", n => $"0{n[..4]} {n[4..]}"),
            "FR" => National(country, "33", $"{"67"[rng.Next(2)]}{Digits(8)}", n => $"0{n[0]} {n[1..3]} {n[3..5]} {n[5..7]} {n[7..]}"),
            "TR" => National(country, "90", $"5{"345"[rng.Next(3)]}{Digits(8)}", n => $"0{n[..3]} {n[3..6]} {n[6..8]} {n[8..]}"),
            _ => National(country, "30", $"69{"3457"[rng.Next(4)]}{Digits(7)}", n => $"{n[..3]} {n[3..6]} {n[6..]}"),
        };
    }

    private static Phone National(string country, string code, string subscriber, Func<string, string> format) =>
        new(country, $"+{code}{subscriber}", format(subscriber));

    private static Passport Passport(Random rng, string country)
    {
        var letter = country == "IRQ" ? "A" : ((char)('A' + rng.Next(26))).ToString();
        var number = letter + rng.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return new Passport(country, number, new DateOnly(2026, 1, 1).AddDays(rng.Next(8 * 365)));
    }
}
