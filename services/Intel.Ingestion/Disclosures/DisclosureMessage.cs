using Intel.Contracts.Disclosures.V1;

namespace Intel.Ingestion.Disclosures;

/// <summary>The edge where an answer to a disclosure request becomes the DisclosureAnswered contract, version 1.</summary>
public static class DisclosureMessage
{
    public static DisclosureAnswered For(DisclosureReleased e) => new()
    {
        DisclosureId = e.DisclosureId, EntityId = e.EntityId, Requester = e.Requester, RequestedBy = e.RequestedBy, Holder = e.Holder,
        Outcome = DisclosureStatus.Released, ReportIds = e.ReportIds, At = e.At,
    };

    public static DisclosureAnswered For(DisclosureDeclined e) => new()
    {
        DisclosureId = e.DisclosureId, EntityId = e.EntityId, Requester = e.Requester, RequestedBy = e.RequestedBy, Holder = e.Holder,
        Outcome = DisclosureStatus.Declined, ReportIds = [], Reason = e.Reason, At = e.At,
    };
}
