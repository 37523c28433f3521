using System.Globalization;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.Bench.Arabic;

/// <summary>
/// One agency's report of a person (given, father's and family name, as Iraqi and Kurdish names are
/// written), with the distortions the benchmark's brief lists: another transliteration, Arabic script,
/// family name first, particles ("bin", "al-") added or dropped, a typo, a birth date given only as a
/// year or year and month, with day and month swapped, a year or a digit wrong; a phone in national or
/// international format, a passport number mistyped.
/// </summary>
internal sealed class ArabicMentions(ArabicPopulation population)
{
    private Random Rng => population.Random;

    public LabelledRecord Mention(ArabicPerson person, long id)
    {
        var entities = new List<ReportedEntity>();
        var links = new List<ReportLink>();
        var aliases = new List<string>();
        var arabicOnly = Chance(0.15);
        if (!arabicOnly && Chance(0.15))
        {
            aliases.Add(ArabicName(person));
        }
        if (person.Kunya is { } kunya && Chance(0.35))
        {
            aliases.Add(Chance(0.3) ? "أبو " + kunya.Arabic : "Abu " + Spell(kunya));
        }
        var reported = new ReportedEntity
        {
            Ref = "p1",
            Type = "person",
            Name = arabicOnly ? ArabicName(person) : LatinName(person),
            Aliases = aliases,
            DateOfBirth = BirthDate(person.Birth),
            Nationality = Chance(0.5) ? (Chance(0.03) ? "IRQ" : person.Nationality) : null,
            Gender = Chance(0.6) ? person.Gender : null,
        };
        entities.Add(reported);
        if (person.Phones.Count > 0 && Chance(0.4))
        {
            entities.Add(new ReportedEntity { Ref = "ph1", Type = "phone", Number = PhoneFormat(person.Phones[Rng.Next(person.Phones.Count)]), Country = "IQ" });
            links.Add(new ReportLink("p1", "ph1", "uses"));
        }
        if (person.Passport is { } passport && Chance(0.3))
        {
            entities.Add(new ReportedEntity { Ref = "d1", Type = "document", DocumentType = "passport", IssuingCountry = "IRQ", Number = Chance(0.03) ? DigitTypo(passport) : passport });
            links.Add(new ReportLink("p1", "d1", "holds"));
        }
        return new LabelledRecord(PersonRecords.From(id, reported, entities, links), person.Id.ToString(CultureInfo.InvariantCulture));
    }

    private string LatinName(ArabicPerson person)
    {
        NameSpelling[] parts = [person.Given, person.Father, person.Family];
        var words = parts.Select(Spell).ToList();
        if (Chance(0.1))
        {
            words.Insert(1, "bin");
        }
        if (words[^1].StartsWith("Al-", StringComparison.Ordinal) && Chance(0.3))
        {
            words[^1] = words[^1][3..];
        }
        if (Chance(0.12))
        {
            var at = Rng.Next(words.Count);
            words[at] = Typo(words[at]);
        }
        var name = Chance(0.08) ? $"{words[^1]}, {string.Join(' ', words.Take(words.Count - 1))}" : string.Join(' ', words);
        return Chance(0.1) ? name.ToUpperInvariant() : name;
    }

    private static string ArabicName(ArabicPerson person) => $"{person.Given.Arabic} {person.Father.Arabic} {person.Family.Arabic}";

    // The usual spelling most of the time, another transliteration otherwise.
    private string Spell(NameSpelling name) => Chance(0.65) ? name.Latin[0] : name.Latin[Rng.Next(name.Latin.Length)];

    private string? BirthDate(DateOnly birth)
    {
        var r = Rng.NextDouble();
        var full = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return r switch
        {
            < 0.10 => birth.Year.ToString(CultureInfo.InvariantCulture),
            < 0.20 => birth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            < 0.25 when birth.Day <= 12 && birth.Day != birth.Month => string.Create(CultureInfo.InvariantCulture, $"{birth.Year:D4}-{birth.Day:D2}-{birth.Month:D2}"),
            < 0.27 => birth.AddYears(Rng.Next(2) * 2 - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            < 0.30 => DigitTypo(full),
            _ => full,
        };
    }

    private string PhoneFormat(string e164) => Rng.Next(3) switch
    {
        0 => "0" + e164[4..7] + " " + e164[7..10] + " " + e164[10..],
        1 => "+964 " + e164[4..7] + " " + e164[7..10] + " " + e164[10..],
        _ => "00" + e164[1..],
    };

    // One keying slip in a word of four letters or more: a letter changed, dropped, doubled or swapped.
    private string Typo(string word)
    {
        if (word.Length < 4)
        {
            return word;
        }
        var at = Rng.Next(1, word.Length - 1);
        return Rng.Next(4) switch
        {
            0 => word[..at] + (char)('a' + Rng.Next(26)) + word[(at + 1)..],
            1 => word[..at] + word[(at + 1)..],
            2 => word[..at] + word[at] + word[at..],
            _ => word[..(at - 1)] + word[at] + word[at - 1] + word[(at + 1)..],
        };
    }

    // A digit changed where changing it still leaves a valid date or number.
    private string DigitTypo(string value)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var at = Rng.Next(value.Length);
            if (!char.IsAsciiDigit(value[at]))
            {
                continue;
            }
            var changed = value[..at] + (char)('0' + Rng.Next(10)) + value[(at + 1)..];
            if (changed != value && (value.Length != 10 || DateOnly.TryParseExact(changed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                return changed;
            }
        }
        return value;
    }

    private bool Chance(double p) => Rng.NextDouble() < p;
}
