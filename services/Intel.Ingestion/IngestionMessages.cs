using JasperFx.Events;
using Intel.Ingestion.Disclosures;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Ingestion;

/// <summary>What ingestion tells the platform: a report was accepted, released to one more agency, a disclosure request answered.</summary>
internal sealed class IngestionMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => stored.Data switch
    {
        ReportSubmitted e => [Report.Create(e).ToMessage()],
        ReportReleased e => [new Contracts.Reports.V1.ReportReleased
        {
            ReportId = e.ReportId, Agency = e.Agency, To = e.To, ReleasableTo = e.ReleasableTo, At = e.At,
        }],
        DisclosureReleased e => [DisclosureMessage.For(e)],
        DisclosureDeclined e => [DisclosureMessage.For(e)],
        _ => [],
    };
}
