using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Tests.Matching;

/// <summary>Person records as reports describe them, and a background population for name frequencies.</summary>
internal static class People
{
    private static long _nextId = 1;

    public static PersonRecord Person(string name, string? dateOfBirth = null, string? passport = null, string? phone = null,
        string? nationality = null, string? gender = null, string? email = null, string? place = null, string? address = null, params string[] aliases)
    {
        var person = new ReportedEntity
        {
            Ref = "p", Type = "person", Name = name, Aliases = aliases, DateOfBirth = dateOfBirth, Nationality = nationality, Gender = gender,
        };
        var entities = new List<ReportedEntity> { person };
        var links = new List<ReportLink>();
        if (passport is not null)
        {
            entities.Add(new ReportedEntity { Ref = "d", Type = "document", DocumentType = "passport", IssuingCountry = "IRQ", Number = passport });
            links.Add(new ReportLink("p", "d", "holds"));
        }
        if (phone is not null)
        {
            entities.Add(new ReportedEntity { Ref = "ph", Type = "phone", Number = phone, Country = "IQ" });
            links.Add(new ReportLink("p", "ph", "uses"));
        }
        if (email is not null)
        {
            entities.Add(new ReportedEntity { Ref = "e", Type = "email", Address = email });
            links.Add(new ReportLink("p", "e", "uses"));
        }
        if (place is not null)
        {
            entities.Add(new ReportedEntity { Ref = "l", Type = "location", Name = place });
            links.Add(new ReportLink("p", "l", "lives-in"));
        }
        if (address is not null)
        {
            entities.Add(new ReportedEntity { Ref = "a", Type = "location", Name = address });
            links.Add(new ReportLink("p", "a", "lives-at"));
        }
        return PersonRecords.From(Interlocked.Increment(ref _nextId), person, entities, links);
    }

    /// <summary>
    /// A thousand known entities in which Mohammed, Ali and Hassan are as common as they are in Iraq
    /// (one in five, one in ten) and Rebwar, Aziz and Doski are rare (one each).
    /// </summary>
    public static TermFrequencies Population()
    {
        string[] given = ["Mohammed", "Ahmed", "Omar", "Khalid", "Yusuf", "Ibrahim", "Karim", "Jamal", "Tariq", "Bilal"];
        string[] family = ["Hassan", "Jubouri", "Dulaimi", "Tamimi", "Shammari", "Obeidi", "Saadi", "Hamdani", "Talabani", "Zebari"];
        var frequencies = new TermFrequencies();
        for (var i = 0; i < 999; i++)
        {
            var first = i % 5 == 0 ? "Mohammed" : given[i % given.Length];
            var father = i % 10 == 1 ? "Ali" : given[(i / 10) % given.Length];
            frequencies.Observe(Person($"{first} {father} {family[(i / 7) % family.Length]}"));
        }
        frequencies.Observe(Person("Rebwar Aziz Doski"));
        return frequencies;
    }

    public static MatchScorer Scorer(TermFrequencies? frequencies = null) => new(MatchWeights.Load("person-v3"), frequencies ?? Population());
}
