using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Bench.Faults;

/// <summary>
/// A message entity resolution cannot process, published straight to the broker: it must be parked in the
/// endpoint's _error queue after its retries while the load keeps flowing, and an operator's replay of it
/// (moved back onto the queue) must change nothing but where it waits.
/// </summary>
public sealed class PoisonFault(string rabbitMq, HttpClient analyst, string run)
{
    private const string Queue = PoisonMessages.ReportIngestedQueue;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    /// <summary>A watched phone: had the poison been applied, it would have raised an alert, which the audit counts as unexpected.</summary>
    public static string Phone => Load.WatchedPhones[^1];

    public Guid ReportId { get; } = Guid.CreateVersion7();

    public async Task<string> InjectAsync()
    {
        await using var queues = await BrokerQueues.ConnectAsync(rabbitMq);
        var (messageId, envelope) = PoisonMessages.ReportIngestedWithDanglingLink(ReportId, $"POISON-{run}", "uk-nca", Phone, Load.AnalystAgency);
        bool IsPoison(ParkedMessage m) => m.Properties.MessageId == messageId.ToString();
        var before = await queues.CountAsync($"{Queue}_error");

        var clock = Stopwatch.StartNew();
        await queues.PublishAsync(PoisonMessages.ReportIngestedExchange, envelope, messageId);
        await WaitAsync(async () => await queues.CountAsync($"{Queue}_error") > before, "the poison parked");
        var parked = clock.Elapsed;

        clock.Restart();
        var replayed = await queues.ReplayAsync(Queue, IsPoison);
        if (replayed.Count != 1)
        {
            return $"parked after {parked.TotalSeconds:F1}s, but the replay found {replayed.Count} poison messages in {Queue}_error";
        }
        await WaitAsync(async () => await queues.CountAsync($"{Queue}_error") > before, "the replayed poison parked again");
        var others = before > 0 ? $"; {before} other messages were already parked there" : "";
        return $"parked in {Queue}_error after {parked.TotalSeconds:F1}s and {replayed[0].RetryCount} retries ({replayed[0].Fault}); "
            + $"replayed: parked again after {clock.Elapsed.TotalSeconds:F1}s; {await EffectsAsync()}{others}";
    }

    /// <summary>What the poison left behind: a mention of its report on its phone's entity would mean part of it was applied.</summary>
    private async Task<string> EffectsAsync()
    {
        using var answer = await analyst.GetAsync($"/api/v1/entities?selector={Uri.EscapeDataString($"phone:{Phone}")}");
        if (!answer.IsSuccessStatusCode)
        {
            return $"could not look for its effects: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}";
        }
        var found = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var mentions = found.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("entity").GetProperty("mentions").EnumerateArray())
            .Count(m => m.GetProperty("reportId").GetGuid() == ReportId);
        return mentions == 0 ? "no entity holds a mention of it" : $"{mentions} mentions of it were applied";
    }

    private static async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + Within;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {Within.TotalSeconds:F0}s: {what}.");
            }
            await Task.Delay(250);
        }
    }
}
