namespace Intel.Contracts.Reports.V1;

/// <summary>
/// One entity as a partner reported it. Every field is optional on the wire; which ones
/// identify the entity depends on <see cref="Type"/> (see API.md).
/// </summary>
public sealed record ReportedEntity
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

    /// <summary>An organisation's registration number as reported; <see cref="Country"/> names the register's jurisdiction.</summary>
    public string? RegistrationNumber { get; init; }
}
