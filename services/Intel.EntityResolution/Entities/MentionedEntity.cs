using Intel.Contracts.Reports.V1;

namespace Intel.EntityResolution.Entities;

// Entity resolution's own records of what a report said, kept in its events (MentionAdded, merges, splits).
// They mirror the wire contract's member names, so the stored JSON is what it was; a new contract version
// changes only the From mappings here, never stored history.

/// <summary>UK 3x5x2 grading of the report a mention came from.</summary>
public sealed record ReportGrading(string Source, string Intelligence, string Handling, string? Conditions)
{
    public static ReportGrading? From(Grading? g) => g is null ? null : new(g.Source, g.Intelligence, g.Handling, g.Conditions);

    public Grading ToContract() => new(Source, Intelligence, Handling, Conditions);
}

/// <summary>One entity as a report gave it; which fields identify it depends on <see cref="Type"/>.</summary>
public sealed record MentionedEntity
{
    public required string Ref { get; init; }
    public required string Type { get; init; }

    public string? Name { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? DateOfBirth { get; init; }
    public string? Nationality { get; init; }
    public string? Gender { get; init; }

    public string? Number { get; init; }
    public string? Country { get; init; }
    public string? Address { get; init; }

    public string? DocumentType { get; init; }
    public string? IssuingCountry { get; init; }
    public string? Mrz { get; init; }
    public bool? SuspectedForgery { get; init; }

    public string? Platform { get; init; }
    public string? Handle { get; init; }
    public string? Url { get; init; }

    public string? HullId { get; init; }
    public string? Description { get; init; }

    public string? Make { get; init; }
    public string? Model { get; init; }
    public string? Serial { get; init; }

    public string? Iban { get; init; }
    public string? Provider { get; init; }
    public string? Kind { get; init; }

    public string? Plate { get; init; }
    public string? Vin { get; init; }

    public double? Lat { get; init; }
    public double? Lon { get; init; }

    public string? RegistrationNumber { get; init; }

    public static MentionedEntity From(ReportedEntity e) => new()
    {
        Ref = e.Ref, Type = e.Type,
        Name = e.Name, Aliases = e.Aliases, DateOfBirth = e.DateOfBirth, Nationality = e.Nationality, Gender = e.Gender,
        Number = e.Number, Country = e.Country, Address = e.Address,
        DocumentType = e.DocumentType, IssuingCountry = e.IssuingCountry, Mrz = e.Mrz, SuspectedForgery = e.SuspectedForgery,
        Platform = e.Platform, Handle = e.Handle, Url = e.Url,
        HullId = e.HullId, Description = e.Description,
        Make = e.Make, Model = e.Model, Serial = e.Serial,
        Iban = e.Iban, Provider = e.Provider, Kind = e.Kind,
        Plate = e.Plate, Vin = e.Vin,
        Lat = e.Lat, Lon = e.Lon,
        RegistrationNumber = e.RegistrationNumber,
    };
}
