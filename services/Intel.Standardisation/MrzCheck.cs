using Intel.Contracts.Reports.V1;

namespace Intel.Standardisation;

public enum MrzOutcome
{
    /// <summary>The document has no MRZ to check.</summary>
    NoMrz,
    /// <summary>The MRZ is not a zone of a known layout (often a transcription slip, so not in itself a forgery sign).</summary>
    Unreadable,
    /// <summary>Every check digit holds and the zone agrees with what the report states.</summary>
    Consistent,
    SuspectedForgery,
}

/// <summary>The outcome of checking a reported document's MRZ, with every reason it is suspect.</summary>
public sealed record MrzVerdict(MrzOutcome Outcome, IReadOnlyList<string> Reasons, MrzDocument? Zone)
{
    public bool SuspectedForgery => Outcome == MrzOutcome.SuspectedForgery;

    /// <summary>The reasons as one sentence, or null when there are none.</summary>
    public string? Reason => Reasons.Count == 0 ? null : string.Join("; ", Reasons);
}

/// <summary>
/// A reported document's MRZ checked against itself (check digits) and against what the report
/// states (number, issuing country and, when given, the holder's date of birth).
/// </summary>
public static class MrzCheck
{
    public static MrzVerdict Against(DateOnly readOn, ReportedEntity document, string? holderDateOfBirth = null)
    {
        if (string.IsNullOrWhiteSpace(document.Mrz))
        {
            return new MrzVerdict(MrzOutcome.NoMrz, [], null);
        }
        var zone = Mrz.Parse(document.Mrz);
        if (zone is null)
        {
            return new MrzVerdict(MrzOutcome.Unreadable, ["the MRZ is not a TD1, TD2, TD3 or visa zone"], null);
        }
        var reasons = zone.Checks.Where(c => !c.Passed)
            .Select(c => $"the MRZ check digit for the {Describe(c.Field)} is {c.Stated} but should be {c.Expected}")
            .ToList();
        var stated = Documents.Number(document.Number);
        if (stated is not null && stated != Documents.Number(zone.DocumentNumber))
        {
            reasons.Add($"the MRZ document number {zone.DocumentNumber} differs from the stated number {document.Number!.Trim()}");
        }
        var country = Documents.IssuingCountry(document.IssuingCountry);
        if (country is not null && country != Documents.IssuingCountry(zone.IssuingState))
        {
            reasons.Add($"the MRZ issuing state {zone.IssuingState} differs from the stated issuing country {document.IssuingCountry!.Trim()}");
        }
        var holder = BirthDates.Parse(holderDateOfBirth);
        var printed = zone.DateOfBirth(readOn);
        if (BirthDates.Contradict(printed, holder))
        {
            reasons.Add($"the MRZ date of birth {printed} differs from the holder's stated {holder}");
        }
        return new MrzVerdict(reasons.Count == 0 ? MrzOutcome.Consistent : MrzOutcome.SuspectedForgery, reasons, zone);
    }

    private static string Describe(MrzField field) => field switch
    {
        MrzField.DocumentNumber => "document number",
        MrzField.DateOfBirth => "date of birth",
        MrzField.DateOfExpiry => "expiry date",
        MrzField.PersonalNumber => "personal number",
        _ => "whole zone (composite)",
    };
}
