using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.EntityResolution.Resolution;

/// <summary>Why a reported document is suspect: flagged by its reporter, or its MRZ fails a check digit or disagrees with the report.</summary>
public static class Forgery
{
    public static string? ReasonFor(ReportedEntity entity, ReportIngested report)
    {
        if (entity.Type != "document")
        {
            return null;
        }
        var verdict = MrzCheck.Against(entity, HolderDateOfBirth(entity, report));
        return (entity.SuspectedForgery == true, verdict.SuspectedForgery) switch
        {
            (true, true) => $"reported; {verdict.Reason}",
            (true, false) => "reported",
            (false, true) => verdict.Reason,
            _ => null,
        };
    }

    // The person the report links the document to, whatever the link is called: their stated birth date is checked against the zone's.
    private static string? HolderDateOfBirth(ReportedEntity document, ReportIngested report) =>
        report.Links
            .Where(l => l.From == document.Ref || l.To == document.Ref)
            .Select(l => report.Entities.FirstOrDefault(e => e.Ref == (l.From == document.Ref ? l.To : l.From)))
            .FirstOrDefault(e => e?.Type == "person" && e.DateOfBirth is not null)?.DateOfBirth;
}
