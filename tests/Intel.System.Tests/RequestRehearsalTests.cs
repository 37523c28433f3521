using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Intel.ServiceDefaults.Warmup;
using Intel.Testing;

namespace Intel.System.Tests;

/// <summary>
/// A warm-up's request goes through the part's own middleware and authorization to the endpoint, for the caller it
/// names and with its body: what the first partner's request would otherwise be the first to run.
/// </summary>
public sealed class RequestRehearsalTests
{
    [Fact]
    public async Task A_rehearsed_request_passes_the_pipeline_and_authorization_to_the_endpoint()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{LoopbackPorts.Free()}");
        builder.Services.AddWarmup<Nothing>();
        builder.Services.AddAuthorizationBuilder().AddPolicy("writer", p => p.RequireClaim("scope", "reports:write"));
        var piped = false;
        await using var app = builder.Build();
        app.Use(async (context, next) =>
        {
            piped = true;
            await next(context);
        });
        app.UseAuthorization();
        app.MapPost("/reports", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var seen = http.User.FindFirst("sub")?.Value == "warm-up" && body.RootElement.GetProperty("tlp").GetString() == "warm-up";
            return Results.StatusCode(seen ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
        }).RequireAuthorization("writer");
        await app.StartAsync();
        var caller = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "warm-up"), new Claim("scope", "reports:write")], "warm-up"));

        var rehearsal = app.Services.GetRequiredService<RequestRehearsal>();
        var status = await rehearsal.SendAsync(HttpMethod.Post, "/reports", """{ "tlp": "warm-up" }""", caller, CancellationToken.None);

        Assert.True(piped);
        Assert.Equal((int)HttpStatusCode.BadRequest, status);
        await app.StopAsync();
    }

    private sealed class Nothing : IWarmup
    {
        public Task WarmAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
