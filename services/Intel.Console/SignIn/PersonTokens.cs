using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Authentication;
using Intel.ServiceDefaults.Auth;

namespace Intel.AnalystConsole.SignIn;

/// <summary>
/// The person's access token for a call to the public API, refreshed on the back channel a minute before it
/// expires. One refresh at a time per session: a refresh token presented twice revokes the whole sign-in.
/// </summary>
public sealed class PersonTokens(
    ServerSessions sessions, IHttpClientFactory clients, IOptions<AuthSettings> auth, IOptions<ConsoleSettings> console,
    IHostEnvironment environment, TimeProvider clock)
{
    public const string HttpClientName = "partner-gateway-tokens";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, SemaphoreSlim> _refreshing = new(StringComparer.Ordinal);

    /// <summary>The access token, or null once the session has ended (signed out, idle, refused refresh).</summary>
    public async Task<string?> AccessTokenAsync(string session, bool act, CancellationToken ct)
    {
        if (sessions.Find(session, act) is not { } ticket)
        {
            return null;
        }
        if (!Expiring(ticket))
        {
            return ServerSessions.TokenOf(ticket, "access_token");
        }
        SemaphoreSlim gate;
        lock (_refreshing)
        {
            gate = _refreshing.TryGetValue(session, out var existing) ? existing : _refreshing[session] = new SemaphoreSlim(1, 1);
        }
        await gate.WaitAsync(ct);
        try
        {
            ticket = sessions.Find(session, act: false);
            if (ticket is null)
            {
                return null;
            }
            return Expiring(ticket) ? await RefreshAsync(session, ticket, ct) : ServerSessions.TokenOf(ticket, "access_token");
        }
        finally
        {
            gate.Release();
        }
    }

    private bool Expiring(AuthenticationTicket ticket) =>
        !DateTimeOffset.TryParse(ServerSessions.TokenOf(ticket, "expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires)
        || expires - clock.GetUtcNow() < Margin;

    private async Task<string?> RefreshAsync(string session, AuthenticationTicket ticket, CancellationToken ct)
    {
        var settings = console.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = ServerSessions.TokenOf(ticket, "refresh_token") ?? "",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret ?? (environment.IsProduction() ? "" : ConsoleSettings.DefaultSecret(settings.ClientId)),
        });
        using var answer = await clients.CreateClient(HttpClientName).PostAsync(auth.Value.Authority.TrimEnd('/') + "/connect/token", form, ct);
        if (!answer.IsSuccessStatusCode)
        {
            // Disabled, reset or revoked: the session ends here and the person signs in again.
            await sessions.RemoveAsync(session);
            return null;
        }
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>(ct);
        var access = json.GetProperty("access_token").GetString()!;
        var expires = clock.GetUtcNow().AddSeconds(json.GetProperty("expires_in").GetInt32());
        ticket.Properties.UpdateTokenValue("access_token", access);
        ticket.Properties.UpdateTokenValue("expires_at", expires.ToString("o", CultureInfo.InvariantCulture));
        if (json.TryGetProperty("refresh_token", out var refresh))
        {
            ticket.Properties.UpdateTokenValue("refresh_token", refresh.GetString()!);
        }
        sessions.Replace(session, ticket);
        return access;
    }
}
