using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Intel.ServiceDefaults.Bodies;

namespace Intel.Alerting.Tests;

/// <summary>The one reader of the services' JSON bodies: what is wrong is answered naming the field.</summary>
public sealed class JsonBodyTests
{
    private sealed record Watched(string? Name, IReadOnlyList<string>? Selectors, Nested? Where);

    private sealed record Nested(string? Country);

    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static Task<(JsonBody? Body, IResult? Problem)> ReadAsync(string json, string contentType = "application/json")
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = contentType;
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return JsonBody.ReadAsync(http.Request, ["name", "selectors", "where"], CancellationToken.None);
    }

    private static IDictionary<string, string[]> Errors(IResult? problem) => Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors;

    [Fact]
    public async Task Malformed_json_and_a_body_that_is_not_an_object_are_named_as_the_whole_body()
    {
        Assert.StartsWith("The body is not valid JSON (line 1", Errors((await ReadAsync("{\"name\": ")).Problem)["$"][0], StringComparison.Ordinal);
        Assert.Equal(["A JSON object is required."], Errors((await ReadAsync("[1, 2]")).Problem)["$"]);
    }

    [Fact]
    public async Task Unknown_missing_and_wrongly_typed_fields_are_each_named()
    {
        var (body, _) = await ReadAsync("""{"selectors": ["phone:+447700900123", 7], "colour": "red"}""");

        body!.String("name");
        body.Strings("selectors");

        Assert.Equal(["Unknown field."], body.Errors["colour"]);
        Assert.Equal(["Required."], body.Errors["name"]);
        Assert.Equal(["Must be a string."], body.Errors["selectors[1]"]);
    }

    [Fact]
    public async Task Binding_names_the_path_of_a_wrong_type_or_an_unknown_nested_field()
    {
        var (wrong, _) = await ReadAsync("""{"name": "x", "where": {"country": 4}}""");
        var (unknown, _) = await ReadAsync("""{"name": "x", "where": {"country": "IQ", "city": "Erbil"}}""");

        Assert.Null(wrong!.Bind<Watched>(Strict));
        Assert.Null(unknown!.Bind<Watched>(Strict));

        Assert.Equal(["where.country: Wrong type."], wrong.Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"));
        Assert.Equal(["where.city: Unknown field."], unknown.Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"));
    }

    [Fact]
    public async Task A_body_over_the_limit_or_not_json_is_refused_before_it_is_read()
    {
        var large = await ReadAsync($$"""{"name": "{{new string('a', JsonBody.MaxBytes)}}"}""");
        var text = await ReadAsync("name=x", "text/plain");

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, Assert.IsAssignableFrom<IStatusCodeHttpResult>(large.Problem).StatusCode);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, Assert.IsAssignableFrom<IStatusCodeHttpResult>(text.Problem).StatusCode);
    }
}
