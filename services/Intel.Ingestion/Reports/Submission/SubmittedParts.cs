using System.Text.Json.Serialization;

namespace Intel.Ingestion.Reports;

// Ingestion's own records of what a partner submitted, stored in ReportSubmitted. They mirror the wire
// contract's member names and order (the stored JSON and the content hash are what they were), but a new
// contract version changes only Report.ToMessage, never stored history.

/// <summary>UK 3x5x2 grading as submitted.</summary>
public sealed record SubmittedGrading(string Source, string Intelligence, string Handling, string? Conditions);

/// <summary>Where the reported observation took place.</summary>
public sealed record SubmittedLocation(string? Name, string? Country, double? Lat, double? Lon);

/// <summary>A link the partner asserted between two refs of the report.</summary>
public sealed record SubmittedLink(string From, string To, string Type);

/// <summary>One entity as the partner reported it; which fields identify it depends on <see cref="Type"/>.</summary>
public sealed record SubmittedEntity
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

    /// <summary>
    /// An organisation's registration number, in the register <see cref="Country"/> names. Left out of the stored JSON
    /// when absent, so the content hash of every report sent before it existed is what it was (a resend stays a duplicate).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RegistrationNumber { get; init; }

    /// <summary>
    /// The ids another STIX producer gave this entity, when they are not the platform's own: set by imports only,
    /// and left out of the stored JSON when absent, so the content hash of every other report is what it was.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? StixIds { get; init; }
}
