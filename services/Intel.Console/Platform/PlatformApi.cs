using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Authorization;
using Intel.AnalystConsole.SignIn;

namespace Intel.AnalystConsole.Platform;

/// <summary>
/// The public API through the gateway, as the signed-in person: every call carries their own token, so the
/// console can show nothing they could not fetch themselves. One per circuit.
/// </summary>
public sealed class PlatformApi(IHttpClientFactory clients, PersonTokens tokens, AuthenticationStateProvider authentication)
{
    public const string HttpClientName = "platform";
    public const string StreamClientName = "platform-stream";

    /// <summary>Raised once when a call finds the session over (signed out, idle, disabled).</summary>
    public event Action? SessionEnded;

    public async Task<string?> SessionAsync() =>
        SignInSetup.SessionOf((await authentication.GetAuthenticationStateAsync()).User);

    /// <summary>The person's current token; <paramref name="act"/> when the person asked for this call.</summary>
    public async Task<string?> TokenAsync(bool act, CancellationToken ct)
    {
        var token = await SessionAsync() is { } session ? await tokens.AccessTokenAsync(session, act, ct) : null;
        if (token is null)
        {
            SessionEnded?.Invoke();
        }
        return token;
    }

    public async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct, bool act = true)
    {
        if (await TokenAsync(act, ct) is not { } token)
        {
            return null;
        }
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        }
        return await clients.CreateClient(HttpClientName).SendAsync(request, ct);
    }

    public async Task<T?> GetAsync<T>(string path, CancellationToken ct, bool act = true)
    {
        using var answer = await SendAsync(HttpMethod.Get, path, null, ct, act);
        return answer is { IsSuccessStatusCode: true } ? await answer.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, ct) : default;
    }
}
