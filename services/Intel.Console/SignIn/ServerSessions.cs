using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Intel.AnalystConsole.SignIn;

/// <summary>
/// The people's sessions, tokens included, kept in this process: the cookie carries only the key. A session
/// with no action for the idle timeout is gone, and the person signs in again. In memory on purpose: a
/// restarted console signs everyone in again rather than keeping tokens on disk (replicas need sticky sessions,
/// which Blazor's circuits need anyway).
/// </summary>
public sealed class ServerSessions(IOptions<ConsoleSettings> settings, TimeProvider clock) : ITicketStore
{
    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);

    private sealed record Entry(AuthenticationTicket Ticket, DateTimeOffset LastAction);

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = SignInSetup.SessionOf(ticket.Principal) ?? Guid.NewGuid().ToString("N");
        _sessions[key] = new Entry(ticket, clock.GetUtcNow());
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        _sessions[key] = new Entry(ticket, clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => Task.FromResult(Find(key, act: true));

    public Task RemoveAsync(string key)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    /// <summary>The session's ticket while it is alive; <paramref name="act"/> counts as the person doing something.</summary>
    public AuthenticationTicket? Find(string key, bool act)
    {
        if (!_sessions.TryGetValue(key, out var entry))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (now - entry.LastAction > settings.Value.IdleTimeout)
        {
            _sessions.TryRemove(key, out _);
            return null;
        }
        if (act)
        {
            _sessions.TryUpdate(key, entry with { LastAction = now }, entry);
        }
        return entry.Ticket;
    }

    public void Replace(string key, AuthenticationTicket ticket) =>
        _sessions.AddOrUpdate(key, _ => new Entry(ticket, clock.GetUtcNow()), (_, old) => old with { Ticket = ticket });

    public static string? TokenOf(AuthenticationTicket ticket, string name) => ticket.Properties.GetTokenValue(name);
}
