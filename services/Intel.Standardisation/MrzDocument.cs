namespace Intel.Standardisation;

/// <summary>The ICAO 9303 layouts: ID cards (TD1, TD2), passports (TD3) and visas (MRV-A, MRV-B).</summary>
public enum MrzFormat
{
    Td1,
    Td2,
    Td3,
    MrvA,
    MrvB,
}

/// <summary>The fields an MRZ protects with a check digit.</summary>
public enum MrzField
{
    DocumentNumber,
    DateOfBirth,
    DateOfExpiry,
    /// <summary>TD3's personal number (optional data) field.</summary>
    PersonalNumber,
    /// <summary>The digit over the number, dates and optional data together.</summary>
    Composite,
}

/// <summary>One check digit as printed (<see cref="Stated"/>) and as computed with 7-3-1 weighting.</summary>
public sealed record MrzCheckDigit(MrzField Field, char Stated, int Expected)
{
    public bool Passed => Stated == (char)('0' + Expected);
}

/// <summary>What a machine-readable zone says, fillers removed, and how its check digits fared.</summary>
public sealed record MrzDocument
{
    public required MrzFormat Format { get; init; }
    /// <summary>"P", "I", "ID", "V"… (first two characters, fillers removed).</summary>
    public required string DocumentType { get; init; }
    /// <summary>ICAO code of the issuing state or organisation ("IRQ", "D", "UTO").</summary>
    public required string IssuingState { get; init; }
    public required string Surname { get; init; }
    public required string GivenNames { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Nationality { get; init; }
    /// <summary>YYMMDD as printed; '&lt;' marks an unknown part.</summary>
    public required string BirthDate { get; init; }
    /// <summary>"M", "F" or "X" (unspecified).</summary>
    public required string Sex { get; init; }
    /// <summary>YYMMDD as printed.</summary>
    public required string ExpiryDate { get; init; }
    /// <summary>Optional data (TD3: the personal number), fillers removed.</summary>
    public required string OptionalData { get; init; }
    /// <summary>TD1's second optional data field (line 2), fillers removed; empty for the other layouts.</summary>
    public required string OptionalData2 { get; init; }
    public required IReadOnlyList<MrzCheckDigit> Checks { get; init; }

    public IReadOnlyList<MrzField> FailedChecks => [.. Checks.Where(c => !c.Passed).Select(c => c.Field)];

    public bool ChecksPass => Checks.All(c => c.Passed);

    /// <summary>
    /// The expiry date; the century is 20xx (documents valid for at most ten years), or 19xx from 70.
    /// Null when the date is not readable.
    /// </summary>
    public DateOnly? DateOfExpiry => Mrz.Date(ExpiryDate, year => year >= 70 ? 1900 + year : 2000 + year) is { IsFull: true } d
        ? new DateOnly(d.Year, d.Month!.Value, d.Day!.Value)
        : null;

    /// <summary>
    /// The birth date as far as printed; the holder was born before the document expired, which fixes the century, or
    /// before the zone was read (<paramref name="readOn"/>) when the expiry is not readable.
    /// </summary>
    public PartialDate? DateOfBirth(DateOnly readOn)
    {
        var expiry = DateOfExpiry?.Year ?? readOn.Year;
        return Mrz.Date(BirthDate, year => 2000 + year < expiry ? 2000 + year : 1900 + year);
    }
}
