using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Auth;

namespace Intel.Ingestion.Disclosures;

/// <summary>The decisions of a disclosure request, free of storage: what may be asked, and what a release writes.</summary>
public static class DisclosureDecision
{
    /// <summary>An agency asks another; asking oneself is refused by field, as the holder must be someone else.</summary>
    public static void CheckRequest(string requester, string holder, IReadOnlySet<string> known, Dictionary<string, string[]> errors)
    {
        if (holder == requester)
        {
            errors["agency"] = ["Your own agency's reports are already yours to read."];
        }
        else if (!known.Contains(holder))
        {
            errors["agency"] = ["No such agency."];
        }
    }

    /// <summary>
    /// The events of a release: each named report must be the holder's own, resolved, and not yet visible to the requester;
    /// anything else is refused by its index, so a release writes all its reports or none.
    /// </summary>
    public static IReadOnlyList<(Guid Stream, object Event)> Release(
        Disclosure request, IReadOnlyList<Guid> ids, IReadOnlyList<Report?> reports, Caller caller, DateTimeOffset now,
        Dictionary<string, string[]> errors)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (reports[i] is not { } report || report.Agency != request.Holder)
            {
                errors[$"reportIds[{i}]"] = ["No such report of your agency."];
            }
            else if (Sharing.MaySee(request.Requester, report.Agency, report.ReleasableTo))
            {
                errors[$"reportIds[{i}]"] = [$"Already visible to {request.Requester}."];
            }
            else if (report.Status != ReportStatus.Resolved)
            {
                // Its entities are not yet known: a release now could overtake the resolution that builds them.
                errors[$"reportIds[{i}]"] = ["Not yet resolved; release it once it is."];
            }
        }
        if (errors.Count > 0)
        {
            return [];
        }
        var events = new List<(Guid, object)>
        {
            (request.Id, new DisclosureReleased(request.Id, request.EntityId, request.Requester, request.RequestedBy, request.Holder, ids,
                caller.ClientId, now, caller.PersonName)),
        };
        events.AddRange(reports.Select(r => (r!.Id, (object)new ReportReleased(r.Id, r.Agency, request.Requester,
            [.. r.ReleasableTo, request.Requester], request.Id, caller.ClientId, now, caller.PersonName))));
        return events;
    }

    public static DisclosureDeclined Decline(Disclosure request, string reason, Caller caller, DateTimeOffset now) =>
        new(request.Id, request.EntityId, request.Requester, request.RequestedBy, request.Holder, reason, caller.ClientId, now, caller.PersonName);
}
