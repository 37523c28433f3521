using System.Net.Http.Headers;
using System.Text.Json;
using Intel.AnalystConsole.Platform;

namespace Intel.AnalystConsole.Alerts;

/// <summary>
/// The person's alert stream, relayed on the server for one circuit: opened with their token, reopened after
/// any break (an expired token ends it too) with Last-Event-ID, so nothing is lost or repeated. An alert that
/// counts another report arrives again and is updated in place.
/// </summary>
public sealed class AlertRelay(PlatformApi api, IHttpClientFactory clients, ILogger<AlertRelay> logger) : IAsyncDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<Guid, InboxAlert> _alerts = [];
    // Histories of a long inbox load a few at a time, not all at once.
    private readonly SemaphoreSlim _historyReads = new(4, 4);
    private Task? _running;

    /// <summary>Raised on a background thread whenever the inbox changed.</summary>
    public event Action? Changed;

    public string? LastEventId { get; private set; }

    public IReadOnlyList<InboxAlert> Alerts
    {
        get
        {
            lock (_alerts)
            {
                return [.. _alerts.Values.OrderByDescending(a => long.Parse(a.Alert.Cursor, System.Globalization.CultureInfo.InvariantCulture))];
            }
        }
    }

    public int Unread => Alerts.Count(a => a.Unread);

    public void Start() => _running ??= Task.Run(() => RunAsync(_stop.Token));

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await api.TokenAsync(act: false, ct) is not { } token)
                {
                    return;
                }
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts/stream");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                if (LastEventId is { } last)
                {
                    request.Headers.Add("Last-Event-ID", last);
                }
                using var answer = await clients.CreateClient(PlatformApi.StreamClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (answer.StatusCode == System.Net.HttpStatusCode.Forbidden)
                {
                    // The person's roles do not include alerts: asking again will not change that.
                    return;
                }
                answer.EnsureSuccessStatusCode();
                await foreach (var message in ServerSentEvents.ReadAsync(await answer.Content.ReadAsStreamAsync(ct), ct))
                {
                    if (message.Type == "alert" && JsonSerializer.Deserialize<AlertMessage>(message.Data, JsonSerializerOptions.Web) is { } alert)
                    {
                        Receive(alert);
                        LastEventId = message.Id ?? LastEventId;
                    }
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is HttpRequestException or IOException or JsonException)
            {
                logger.LogInformation("The alert stream broke ({Error}); resuming after {LastEventId}", e.GetType().Name, LastEventId);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            await Task.Delay(Retry, ct).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Receive(AlertMessage alert)
    {
        lock (_alerts)
        {
            _alerts[alert.Id] = _alerts.TryGetValue(alert.Id, out var known)
                ? known with { Alert = alert }
                : new InboxAlert(alert, InboxAlert.Raised, []);
        }
        Changed?.Invoke();
        // Its state lives in its history; read in the background so the alert shows at once.
        _ = Task.Run(() => LoadHistoryAsync(alert.Id, act: false, _stop.Token));
    }

    public async Task LoadHistoryAsync(Guid id, bool act, CancellationToken ct)
    {
        List<AlertHistoryEntry>? history;
        await _historyReads.WaitAsync(ct);
        try
        {
            history = await api.GetAsync<List<AlertHistoryEntry>>($"/api/v1/alerts/{id}/history", ct, act);
        }
        finally
        {
            _historyReads.Release();
        }
        if (history is null)
        {
            return;
        }
        lock (_alerts)
        {
            if (_alerts.TryGetValue(id, out var known))
            {
                _alerts[id] = known with { History = history, State = InboxAlert.StateOf(history) };
            }
        }
        Changed?.Invoke();
    }

    /// <summary>Acknowledges or closes the alert as the person, then shows its history as alerting now tells it.</summary>
    public async Task<bool> ChangeAsync(Guid id, string action, CancellationToken ct)
    {
        using var answer = await api.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{id}/{action}", null, ct);
        if (answer is not { IsSuccessStatusCode: true })
        {
            return false;
        }
        await LoadHistoryAsync(id, act: true, ct);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        _stop.Dispose();
        _historyReads.Dispose();
    }
}
