using Intel.Contracts.Reports.V1;

namespace Intel.Standardisation;

/// <summary>
/// Identifiers that carry their own check digits (an IBAN's mod-97, an MRZ's document number digit). One that
/// fails its check is kept as reported but never keyed as a valid one: a typo or a forgery must not merge.
/// </summary>
public static class IdentifierChecks
{
    /// <summary>Why a reported entity's checked identifier fails, as a sentence an analyst reads; null when none fails.</summary>
    public static string? FailureOf(ReportedEntity e) => e.Type switch
    {
        "account" => Ibans.Failure(e.Iban),
        // A stated number is the key and the MRZ verdict speaks of the zone; only a zone that is the key is checked here.
        "document" when Documents.Key(e.IssuingCountry, e.Number) is null && Mrz.Parse(e.Mrz) is { } zone => NumberDigit(zone),
        _ => null,
    };

    /// <summary>The document number of a zone, unless its check digit fails.</summary>
    public static string? CheckedNumber(MrzDocument zone) => NumberDigit(zone) is null ? zone.DocumentNumber : null;

    private static string? NumberDigit(MrzDocument zone) =>
        zone.Checks.FirstOrDefault(c => c.Field == MrzField.DocumentNumber && !c.Passed) is { } failed
            ? $"the MRZ check digit for the document number {zone.DocumentNumber} is {failed.Stated} but should be {failed.Expected}"
            : null;
}
