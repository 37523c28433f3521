using MassTransit;
using Intel.Contracts.Partners.V1;

namespace Intel.Ingestion.Agencies;

/// <summary>
/// Asks partner-gateway, at every start, to announce each agency again. Ingestion learns agencies only from
/// <see cref="AgencyRegistered"/>, and one published before ingestion's queue was first bound (partner-gateway seeding
/// while ingestion still starts, on a first deployment) reached no one: its reports would be refused for naming the
/// agency, for good. Started after the bus, which starts only once every queue is bound, so the answer is received;
/// a request published before partner-gateway's own queue was bound is lost, but then its seeding comes later and is.
/// </summary>
internal sealed class AgencyRequest(IBus bus, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        bus.Publish(new AgenciesRequested { RequestedBy = IngestionApp.ServiceName, RequestedAt = clock.GetUtcNow() }, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
