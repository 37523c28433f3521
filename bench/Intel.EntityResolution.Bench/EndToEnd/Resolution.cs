using System.Text.Json.Nodes;

namespace Intel.EntityResolution.Bench.EndToEnd;

/// <summary>
/// Waits until every report is resolved, then follows each report's person entity through its merges
/// (status "merged", mergedInto) to the entity it is part of now.
/// </summary>
internal static class Resolution
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(1);

    /// <summary>The final entity of each record's person, by the record's index; records never resolved are left out.</summary>
    public static async Task<Dictionary<int, Guid>> FinalEntitiesAsync(GatewayClient gateway, IReadOnlyDictionary<int, Guid> reports)
    {
        var persons = await PersonEntitiesAsync(gateway, reports);
        var final = new Dictionary<Guid, Guid>();
        var result = new Dictionary<int, Guid>();
        foreach (var (index, entity) in persons)
        {
            result[index] = await FollowAsync(gateway, entity, final);
        }
        return result;
    }

    // Reports are resolved roughly in arrival order: from the last submitted down, waiting at the first
    // one not yet resolved, so that each is read about once (the gateway limits each client's rate). A
    // report that stays unresolved for Stall goes to the back, so one the platform lost (its message in an
    // _error queue) holds up no other; reading ends when Patience passes without any report resolved, or
    // when every report left has been sent to the back since the last one was.
    private static async Task<Dictionary<int, Guid>> PersonEntitiesAsync(GatewayClient gateway, IReadOnlyDictionary<int, Guid> reports)
    {
        var pending = new Queue<KeyValuePair<int, Guid>>(reports.OrderByDescending(r => r.Key));
        var found = new Dictionary<int, Guid>();
        var (lastProgress, lastSaid, headSince, setAside) = (DateTime.UtcNow, DateTime.UtcNow, DateTime.UtcNow, 0);
        while (pending.TryPeek(out var report) && DateTime.UtcNow - lastProgress < Patience && setAside < pending.Count)
        {
            if (await PersonEntityAsync(gateway, report.Value) is { } entity)
            {
                found[report.Key] = entity;
                pending.Dequeue();
                (lastProgress, headSince, setAside) = (DateTime.UtcNow, DateTime.UtcNow, 0);
                continue;
            }
            if (DateTime.UtcNow - headSince > Stall)
            {
                pending.Enqueue(pending.Dequeue());
                (headSince, setAside) = (DateTime.UtcNow, setAside + 1);
                continue;
            }
            if (DateTime.UtcNow - lastSaid > TimeSpan.FromSeconds(15))
            {
                Console.WriteLine($"  {found.Count} of {reports.Count} read resolved; waiting for record {report.Key + 1}");
                lastSaid = DateTime.UtcNow;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        if (pending.Count > 0)
        {
            Console.WriteLine($"  {pending.Count} reports not resolved (left out of the score): records {string.Join(", ", pending.Select(p => p.Key + 1).Order().Take(20))}");
        }
        return found;
    }

    /// <summary>The entity id of the report's person (ref "p"), once the report is resolved.</summary>
    private static async Task<Guid?> PersonEntityAsync(GatewayClient gateway, Guid report)
    {
        var view = await gateway.GetAsync($"/api/v1/reports/{report}");
        if (view?["status"]?.GetValue<string>() != "resolved")
        {
            return null;
        }
        var person = view["entities"]?.AsArray().OfType<JsonNode>().FirstOrDefault(e => e["ref"]?.GetValue<string>() == "p");
        return person?["entityId"]?.GetValue<Guid>();
    }

    private static async Task<Guid> FollowAsync(GatewayClient gateway, Guid entity, Dictionary<Guid, Guid> final)
    {
        var path = new List<Guid>();
        var current = entity;
        while (!final.ContainsKey(current) && path.Count < 16)
        {
            path.Add(current);
            var view = await gateway.GetAsync($"/api/v1/entities/{current}");
            if (view?["mergedInto"]?.GetValue<Guid>() is not { } into || view["status"]?.GetValue<string>() != "merged")
            {
                break;
            }
            current = into;
        }
        var end = final.GetValueOrDefault(current, current);
        path.ForEach(p => final[p] = end);
        return end;
    }
}
