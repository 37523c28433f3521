using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// One row of a record set as a partner would report it: a person entity and the identifiers linked to
/// them as theirs, with the truth it is scored against. The same report feeds the in-memory engine
/// (<see cref="PersonRecords.From"/>, as the service builds records) and the platform's API (e2e).
/// </summary>
internal sealed record ReportedPerson(string Truth, ReportedEntity Person, IReadOnlyList<ReportedEntity> Identifiers)
{
    /// <summary>FEBRL's address: the API has no address for a person, so it goes onto the record directly.</summary>
    public PersonAddress? Address { get; init; }

    public IReadOnlyList<ReportedEntity> Entities => [Person, .. Identifiers];

    /// <summary>How the report ties the person to a location among <see cref="Identifiers"/> (lives-in, born-in).</summary>
    public string PlaceLink { get; init; } = "lives-in";

    /// <summary>Locations tied another way than <see cref="PlaceLink"/>, by their ref: the historical figures' postcode is where they live.</summary>
    public IReadOnlyDictionary<string, string> PlaceLinks { get; init; } = new Dictionary<string, string>();

    // A phone or an email is used, a document or an account held: both say the identifier is the person's own.
    public IReadOnlyList<ReportLink> Links =>
        [.. Identifiers.Select(i => new ReportLink(Person.Ref, i.Ref, i.Type switch
        {
            "phone" or "email" => "uses",
            "location" => PlaceLinks.GetValueOrDefault(i.Ref, PlaceLink),
            _ => "holds",
        }))];

    /// <summary>A place as a partner reports it: a location entity the person is linked to.</summary>
    public static ReportedEntity? Place(string? name, string reference = "l") =>
        string.IsNullOrWhiteSpace(name) ? null : new ReportedEntity { Ref = reference, Type = "location", Name = name.Trim() };

    public LabelledRecord ToRecord(long id)
    {
        var record = PersonRecords.From(id, Person, Entities, Links);
        return new(Address is null ? record : record with { Address = Address }, Truth);
    }

    public static ReportedEntity NewPerson(string? name, IReadOnlyList<string>? aliases, string? dateOfBirth, string? nationality, string? gender) => new()
    {
        Ref = "p",
        Type = "person",
        Name = name,
        Aliases = aliases is { Count: > 0 } ? aliases : null,
        DateOfBirth = ReportFields.DateOfBirth(dateOfBirth),
        Nationality = ReportFields.Nationality(nationality),
        Gender = ReportFields.Gender(gender),
    };
}
