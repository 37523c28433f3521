using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Reports;

/// <summary>Reads a JSON body, turning malformed JSON and oversize bodies into problem answers.</summary>
public static class RequestBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public sealed record Read(JsonDocument? Document, IResult? Problem);

    public static async Task<Read> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return new Read(await JsonDocument.ParseAsync(request.Body, Options, ct), null);
        }
        catch (JsonException e)
        {
            return new Read(null, ProblemSetup.Invalid("$", NotJson(e)));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Read(null, Results.Problem(statusCode: e.StatusCode, title: "The request body is too large."));
        }
    }

    public static JsonDocument? ParseLine(ReadOnlyMemory<byte> line, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            error = NotJson(e);
            return null;
        }
    }

    private static string NotJson(JsonException e) =>
        $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}).";
}
