namespace Intel.Ingestion.Disclosures;

/// <summary>
/// A request as each side sees it. Both see what was asked and the answer; only the holder sees which of its
/// people answered, an internal matter of the holding agency.
/// </summary>
public static class DisclosureView
{
    public const string Requester = "requester";
    public const string Holder = "holder";

    public static object Of(Disclosure d, string role) => new
    {
        d.Id, d.EntityId, requester = d.Requester, requestedBy = d.RequestedByName ?? d.RequestedBy, agency = d.Holder, d.Reason,
        d.RequestedAt, d.Status, d.AnsweredAt, d.ReportIds, d.DeclineReason,
        answeredBy = role == Holder ? d.AnsweredByName ?? d.AnsweredBy : null,
    };
}
