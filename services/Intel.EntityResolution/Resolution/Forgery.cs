using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// Why a reported document is a suspected forgery: its reporter flagged it, or its MRZ fails its own
/// check digits or contradicts what the report states about it and its holder.
/// </summary>
public static class Forgery
{
    public const string Reported = "reported";

    /// <summary>Every reason, as one sentence, or null when there is none.</summary>
    public static string? ReasonFor(DateOnly readOn, ReportedEntity entity, ReportIngested report)
    {
        var mrz = entity.Type == "document" ? MrzCheck.Against(readOn, entity, HolderBirthDate(entity, report)) : null;
        string?[] reasons = [entity.SuspectedForgery == true ? Reported : null, mrz is { SuspectedForgery: true } ? mrz.Reason : null];
        return reasons.OfType<string>().ToArray() is { Length: > 0 } found ? string.Join("; ", found) : null;
    }

    /// <summary>The birth date of the one person the report links to the document; with several, none is the holder for sure.</summary>
    private static string? HolderBirthDate(ReportedEntity document, ReportIngested report)
    {
        var linked = report.Links
            .Select(l => l.From == document.Ref ? l.To : l.To == document.Ref ? l.From : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        return report.Entities.Where(e => e.Type == "person" && linked.Contains(e.Ref)).ToList() is [var holder]
            ? holder.DateOfBirth
            : null;
    }
}
