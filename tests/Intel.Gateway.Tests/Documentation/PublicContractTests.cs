using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Intel.Gateway.Documentation;
using Intel.Testing;

namespace Intel.Gateway.Tests.Documentation;

public sealed class DocumentationFixture : PlatformFixture
{
    protected override string Name => "docs";
}

[CollectionDefinition(Name)]
public sealed class DocumentationCollection : ICollectionFixture<DocumentationFixture>
{
    public const string Name = "documentation";
}

/// <summary>
/// The OpenAPI document the gateway serves is the public contract: it names every route the gateway forwards
/// to a service and no route that does not answer.
/// </summary>
[Collection(DocumentationCollection.Name)]
public sealed partial class PublicContractTests(DocumentationFixture fixture)
{
    private static readonly string[] Parts = ["partner-gateway", "ingestion", "entity-resolution", "alerting"];

    [Fact]
    public async Task Every_route_the_gateway_forwards_to_a_service_is_in_the_document_and_nothing_else()
    {
        var routes = PublicRoutes.From(fixture.Platform.Service<IConfiguration>("gateway"));
        var served = Parts.SelectMany(part => fixture.Platform.Service<EndpointDataSource>(part).Endpoints.OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Path: Plain(e.RoutePattern.RawText!))))
                .Where(r => routes.Forwards(part, r.Path, r.Method)))
            .Select(r => $"{r.Method} {r.Path}").ToHashSet();

        var documented = (await DocumentAsync()).GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name != "parameters").Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet();

        Assert.Contains("POST /api/v1/reports", documented);
        Assert.Contains("GET /api/v1/reports", documented);
        Assert.Contains("GET /api/v1/entities/{id}", documented);
        Assert.Contains("POST /api/v1/disclosures/{id}/release", documented);
        Assert.Empty(served.Except(documented).Order());
        Assert.Empty(documented.Except(served).Order());
    }

    [Fact]
    public async Task Every_route_in_the_document_answers_through_the_gateway()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Platform.Gateway };
        var unanswered = new List<string>();
        foreach (var path in (await DocumentAsync()).GetProperty("paths").EnumerateObject())
        {
            var concrete = Parameter().Replace(path.Name, Guid.NewGuid().ToString());
            foreach (var method in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.Name.ToUpperInvariant()), concrete);
                using var response = await anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                // Without a token a forwarded route is refused (401) or, where it is open, answered; never unknown.
                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
                {
                    unanswered.Add($"{method.Name} {path.Name}: {(int)response.StatusCode}");
                }
            }
        }
        Assert.Empty(unanswered);
    }

    [Fact]
    public async Task The_document_needs_no_token_and_names_the_bearer_scheme()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Platform.Gateway };
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    // "/api/v1/entities/{id:guid}" is "/api/v1/entities/{id}" in a document, and a group's "/api/v1/alerts/" is "/api/v1/alerts".
    private static string Plain(string pattern) =>
        Constraint().Replace(pattern.StartsWith('/') ? pattern : "/" + pattern, "{$1}") is var plain && plain.Length > 1 ? plain.TrimEnd('/') : plain;

    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
