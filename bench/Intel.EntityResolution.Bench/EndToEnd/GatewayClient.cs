using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Intel.EntityResolution.Bench.EndToEnd;

/// <summary>
/// The platform's public API through the gateway, as a partner's client: a client-credentials token
/// (fetched again when it has expired), and requests paced by the gateway's Retry-After when over the rate.
/// </summary>
internal sealed class GatewayClient(Uri gateway, string client, string secret) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(5) };
    private string? _token;

    public async Task<JsonArray> SubmitBatchAsync(IReadOnlyList<string> lines)
    {
        var body = string.Join('\n', lines) + "\n";
        var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports/batch")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson"),
        });
        return answer?["results"]?.AsArray() ?? throw new InvalidOperationException("The batch answer has no results.");
    }

    /// <summary>The JSON at <paramref name="path"/>, or null when it is 404 (not there, or not visible to this client).</summary>
    public Task<JsonNode?> GetAsync(string path) => SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path));

    private async Task<JsonNode?> SendAsync(Func<HttpRequestMessage> request)
    {
        for (var attempt = 0; ; attempt++)
        {
            _token ??= await TokenAsync();
            using var message = request();
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            using var response = await _http.SendAsync(message);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 100)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                _token = null;
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{message.Method} {message.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            return await response.Content.ReadFromJsonAsync<JsonNode>();
        }
    }

    private async Task<string> TokenAsync()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client,
            ["client_secret"] = secret,
        });
        using var response = await _http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /connect/token as {client}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>();
        return answer?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException("The token answer has no access_token.");
    }

    public void Dispose() => _http.Dispose();
}
