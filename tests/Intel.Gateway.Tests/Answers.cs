using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Gateway.Tests;

/// <summary>What every refusal and every answer of the gateway must look like to a partner.</summary>
public static class Answers
{
    /// <summary>An RFC 9457 problem with the given status and a trace id to quote to an operator.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()), problem.ToString());
        return problem;
    }

    public static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}";
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", what);
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frames) && frames.Single() == "DENY", what);
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "no-referrer", what);
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp)
            && csp.Single() == "default-src 'none'; frame-ancestors 'none'", what);
        Assert.True(response.Headers.CacheControl?.NoStore, what);
        Assert.Empty(response.Headers.Server);
        // The tests speak plain http, where Strict-Transport-Security must not be sent.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), what);
    }
}
