using JasperFx.Events;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Messaging;

namespace Intel.Ingestion;

/// <summary>What ingestion tells the platform: a report was accepted.</summary>
internal sealed class IngestionMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => stored.Data switch
    {
        ReportSubmitted e => [Report.Create(e).ToMessage()],
        _ => [],
    };
}
