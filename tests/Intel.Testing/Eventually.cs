namespace Intel.Testing;

/// <summary>Waits for an asynchronous outcome (a message crossing the broker) within a bound.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {within.TotalSeconds:F1}s: {what}");
            }
            // Each probe is a request through the whole platform: often enough to notice, rarely enough not to load it.
            await Task.Delay(100);
        }
    }

    /// <summary>Sends a request until it is answered with success; a timeout names the last answer (a refusal's problem details).</summary>
    public static async Task AnsweredAsync(Func<Task<HttpResponseMessage>> send, TimeSpan within, string what)
    {
        var last = "";
        try
        {
            await GetAsync(async () =>
            {
                using var answer = await send();
                last = $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}";
                return answer.IsSuccessStatusCode ? "answered" : null;
            }, within, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; last answer: {last}", e);
        }
    }
}
