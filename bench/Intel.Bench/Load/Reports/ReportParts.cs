using System.Globalization;
using System.Text.Json.Nodes;

namespace Intel.Bench.Load.Reports;

/// <summary>The entities of a report as partners write them: the same person or phone in the forms different agencies use.</summary>
public static class ReportParts
{
    private static readonly (string Make, string Model, Func<Random, string> Serial)[] Engines =
    [
        ("Yamaha", "40HP", r => $"6BG-{r.Next(1_000_000, 1_999_999)}"),
        ("Yamaha Motor", "60FETOL", r => $"6C5-{r.Next(1_000_000, 1_999_999)}"),
        ("Mercury", "40 ELPT", r => $"2B{r.Next(100_000, 999_999)}"),
        ("Suzuki", "DF40A", r => $"04004F-{r.Next(100_000, 999_999)}"),
        ("Tohatsu", "M40D2", r => $"00{r.Next(100_000, 999_999)}"),
        ("Parsun", "F40", r => $"PF40-{r.Next(10_000, 99_999)}"),
    ];

    private static readonly string[] Boats = ["grey inflatable, 9 m", "black inflatable, 10 m, twin keel", "white RHIB, 8 m", "wooden fishing boat, 12 m"];

    /// <summary>A person as one agency writes them: the usual Latin spelling, another spelling, Arabic script, or register order.</summary>
    public static JsonObject Person(Random rng, Person p, string @ref)
    {
        var style = rng.Next(4);
        var name = style switch
        {
            0 => p.LatinName,
            1 => $"{Spelling(rng, p.Given)} {Spelling(rng, p.Father)} {Spelling(rng, p.Family)}",
            2 => p.ArabicName,
            _ => $"{p.Family.Latin[0]}, {p.Given.Latin[0]} {p.Father.Latin[0]}",
        };
        var aliases = new JsonArray();
        if (style != 2 && rng.NextDouble() < 0.4)
        {
            aliases.Add(p.ArabicName);
        }
        if (p.Kunya is { } kunya && rng.NextDouble() < 0.6)
        {
            aliases.Add(kunya);
        }
        var person = new JsonObject { ["ref"] = @ref, ["type"] = "person", ["name"] = name, ["aliases"] = aliases };
        var birth = rng.NextDouble() switch
        {
            < 0.6 => p.Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            < 0.7 => p.Birth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            < 0.9 => p.Birth.Year.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (birth is not null)
        {
            person["dateOfBirth"] = birth;
        }
        if (rng.NextDouble() < 0.7)
        {
            person["nationality"] = p.Nationality;
        }
        person["gender"] = p.Female ? "female" : "male";
        return person;
    }

    /// <summary>E.164, spaced international, "00" international, or national with the country it is national in.</summary>
    public static JsonObject Phone(Random rng, Phone phone, string @ref)
    {
        var json = new JsonObject { ["ref"] = @ref, ["type"] = "phone" };
        switch (rng.Next(4))
        {
            case 0:
                json["number"] = phone.E164;
                break;
            case 1:
                json["number"] = $"+{CountryCode(phone)} {phone.National.TrimStart('0')}";
                break;
            case 2:
                json["number"] = $"00{CountryCode(phone)}{phone.National.TrimStart('0').Replace(" ", "", StringComparison.Ordinal)}";
                break;
            default:
                json["number"] = phone.National;
                json["country"] = phone.Country;
                break;
        }
        return json;
    }

    public static JsonObject Passport(Person p, Passport passport, string @ref, bool forged) => new()
    {
        ["ref"] = @ref, ["type"] = "document", ["documentType"] = "passport", ["number"] = passport.Number,
        ["issuingCountry"] = passport.IssuingCountry, ["mrz"] = MrzLines.Of(p, passport, forged),
    };

    public static JsonObject Social(Random rng, Person p, string @ref)
    {
        var platform = new[] { "facebook", "telegram", "instagram", "tiktok" }[rng.Next(4)];
        return rng.NextDouble() < 0.3 && platform == "facebook"
            ? new JsonObject { ["ref"] = @ref, ["type"] = "social", ["platform"] = platform, ["url"] = $"https://www.facebook.com/{p.Handle}" }
            : new JsonObject { ["ref"] = @ref, ["type"] = "social", ["platform"] = platform, ["handle"] = "@" + p.Handle };
    }

    /// <summary>Engine <paramref name="serial"/> of a pool shared by every agency, so the same engine turns up in several reports.</summary>
    public static JsonObject Engine(int serial, string @ref)
    {
        var rng = new Random(serial);
        var (make, model, number) = Engines[rng.Next(Engines.Length)];
        return new JsonObject { ["ref"] = @ref, ["type"] = "engine", ["make"] = make, ["model"] = model, ["serial"] = number(rng) };
    }

    public static JsonObject Vessel(int hull, string @ref)
    {
        var rng = new Random(hull);
        return new JsonObject
        {
            ["ref"] = @ref, ["type"] = "vessel", ["hullId"] = $"FR-ZOD{rng.Next(10_000, 99_999)}{(char)('A' + rng.Next(12))}{rng.Next(10)}{rng.Next(10, 25)}",
            ["description"] = Boats[rng.Next(Boats.Length)],
        };
    }

    /// <summary>A hawala agent's account, or a UK bank account with a valid IBAN.</summary>
    public static JsonObject Account(Random rng, string @ref) => rng.NextDouble() < 0.5
        ? new JsonObject { ["ref"] = @ref, ["type"] = "account", ["kind"] = "hawala", ["provider"] = "Hawala Zakho", ["number"] = $"HZ-{rng.Next(1000, 9999)}" }
        : new JsonObject { ["ref"] = @ref, ["type"] = "account", ["kind"] = "bank", ["iban"] = Iban($"NWBK{rng.Next(100_000, 999_999)}{rng.Next(10_000_000, 99_999_999)}") };

    public static JsonObject Link(string from, string to, string type) => new() { ["from"] = from, ["to"] = to, ["type"] = type };

    private static string Spelling(Random rng, NameForm name) => name.Latin[rng.Next(name.Latin.Length)];

    private static string CountryCode(Phone phone) => phone.Country switch { "IQ" => "964", "GB" => "44", "FR" => "33", "TR" => "90", _ => "30" };

    // GB, check digits by ISO 13616: the letters as numbers, moved behind the account, mod 97.
    private static string Iban(string bban)
    {
        var digits = string.Concat($"{bban}GB00".Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        var remainder = digits.Aggregate(0, (r, c) => ((r * 10) + (c - '0')) % 97);
        return $"GB{98 - remainder:00}{bban}";
    }
}
