using System.Text.Json.Nodes;

namespace Intel.Bench.Load.Reports;

/// <summary>
/// The entities and links of one report being written, by the kind of report: a facilitator and associates,
/// a crossing (boat, engine, pilot), a passport (now and then with a forged MRZ), a payment, a social account.
/// Notes whether a watched person's phone or passport is among them.
/// </summary>
internal sealed class ReportDraft(Random rng, Func<Person> nextPerson, IReadOnlySet<int> watched)
{
    public JsonArray Entities { get; } = [];
    public JsonArray Links { get; } = [];
    public bool WatchedSeen { get; private set; }

    /// <summary>Adds the person and, most of the time, their phone.</summary>
    private void AddPerson(Person p, string @ref, double phoneChance = 0.9)
    {
        Entities.Add(ReportParts.Person(rng, p, @ref));
        if (rng.NextDouble() >= phoneChance)
        {
            return;
        }
        Entities.Add(ReportParts.Phone(rng, p.Phone, "ph" + @ref));
        Links.Add(ReportParts.Link(@ref, "ph" + @ref, "uses"));
        WatchedSeen |= watched.Contains(p.Id);
    }

    private void AddPassport(Person p, string @ref, bool forged = false)
    {
        Entities.Add(ReportParts.Passport(p, p.Passport!, "d" + @ref, forged));
        Links.Add(ReportParts.Link(@ref, "d" + @ref, "holds"));
        WatchedSeen |= watched.Contains(p.Id);
    }

    public void Facilitator()
    {
        var a = nextPerson();
        AddPerson(a, "p1");
        if (a.Passport is not null && rng.NextDouble() < 0.5)
        {
            AddPassport(a, "p1");
        }
        if (a.Handle is not null && rng.NextDouble() < 0.6)
        {
            Entities.Add(ReportParts.Social(rng, a, "s1"));
            Links.Add(ReportParts.Link("p1", "s1", "operates"));
        }
        if (rng.NextDouble() < 0.5)
        {
            AddPerson(nextPerson(), "p2");
            Links.Add(ReportParts.Link("p1", "p2", "associate-of"));
        }
    }

    public void Crossing()
    {
        Entities.Add(ReportParts.Vessel(rng.Next(3_000), "v1"));
        Entities.Add(ReportParts.Engine(rng.Next(5_000), "e1"));
        Links.Add(ReportParts.Link("e1", "v1", "fitted-to"));
        AddPerson(nextPerson(), "p1", phoneChance: 0.7);
        Links.Add(ReportParts.Link("p1", "v1", "operates"));
        if (rng.NextDouble() < 0.6)
        {
            AddPerson(nextPerson(), "p2");
            Links.Add(ReportParts.Link("p2", "e1", "owns"));
        }
    }

    public void Document()
    {
        var holder = Enumerable.Range(0, 8).Select(_ => nextPerson()).FirstOrDefault(p => p.Passport is not null) ?? nextPerson();
        AddPerson(holder, "p1", phoneChance: 0.5);
        if (holder.Passport is not null)
        {
            AddPassport(holder, "p1", forged: rng.NextDouble() < 0.1);
        }
    }

    public void Money()
    {
        AddPerson(nextPerson(), "p1");
        Entities.Add(ReportParts.Account(new Random(rng.Next(4_000)), "a1"));
        Links.Add(ReportParts.Link("p1", "a1", "paid"));
    }

    public void Social()
    {
        var a = Enumerable.Range(0, 5).Select(_ => nextPerson()).FirstOrDefault(p => p.Handle is not null) ?? nextPerson();
        AddPerson(a, "p1");
        if (a.Handle is not null)
        {
            Entities.Add(ReportParts.Social(rng, a, "s1"));
            Links.Add(ReportParts.Link("p1", "s1", "operates"));
        }
    }
}
