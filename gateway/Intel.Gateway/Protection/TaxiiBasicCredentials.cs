using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Intel.Gateway.Routing;
using Intel.ServiceDefaults.Problems;

namespace Intel.Gateway.Protection;

/// <summary>
/// TAXII 2.1 makes HTTP Basic its mandatory mechanism: on <c>/taxii2/</c> a client id and secret are exchanged at
/// partner-gateway's token endpoint for the client's bearer token, and the request goes on with that, so scopes,
/// revocation, rate limits and the services' own checks apply exactly as to a token. Tokens are kept a minute per
/// credential (a hash of them), so a rotated secret stops working within a minute.
/// </summary>
public sealed class TaxiiBasicCredentials(IHttpClientFactory clients, IConfiguration configuration)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    public async Task<string?> TokenAsync(string credentials, CancellationToken ct)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credentials)));
        if (_tokens.TryGetValue(key, out var kept) && kept.Until > DateTimeOffset.UtcNow)
        {
            return kept.Token;
        }
        var separator = credentials.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }
        var partners = ServiceAddresses.All(configuration).Single(s => s.Cluster == "partner-gateway").Address;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = credentials[..separator], ["client_secret"] = credentials[(separator + 1)..],
        });
        using var answer = await clients.CreateClient(nameof(TaxiiBasicCredentials)).PostAsync(new Uri(partners, "/connect/token"), form, ct);
        if (!answer.IsSuccessStatusCode)
        {
            return null;
        }
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(ct));
        var token = body.RootElement.GetProperty("access_token").GetString()!;
        var lifetime = TimeSpan.FromSeconds(body.RootElement.GetProperty("expires_in").GetInt32() / 2.0);
        _tokens[key] = (token, DateTimeOffset.UtcNow + (lifetime < KeptFor ? lifetime : KeptFor));
        return token;
    }
}

public static class TaxiiBasicCredentialsSetup
{
    /// <summary>A MISP keeps one fixed set of headers per feed, so Basic (which does not expire as a token does) serves its feed too.</summary>
    private const string MispFeedPath = "/misp/feed";

    /// <summary>Before authentication, which then validates the exchanged token like any other.</summary>
    public static IApplicationBuilder UseTaxiiBasicCredentials(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if ((TaxiiErrors.Covers(context) || context.Request.Path.StartsWithSegments(MispFeedPath, StringComparison.Ordinal))
            && AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            var credentials = Decode(header.Parameter);
            var token = credentials is null ? null
                : await context.RequestServices.GetRequiredService<TaxiiBasicCredentials>().TokenAsync(credentials, context.RequestAborted);
            // Without a token the request goes on unauthenticated, and is refused with 401 like a bad bearer token.
            context.Request.Headers.Authorization = token is null ? default : $"Bearer {token}";
        }
        await next(context);
    });

    private static string? Decode(string? parameter)
    {
        try
        {
            return parameter is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
