using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Intel.ServiceDefaults.Problems;

namespace Intel.ServiceDefaults.Bodies;

/// <summary>
/// A request's JSON object, read strictly: not JSON, too large, not an object, unknown fields and wrong types are
/// answered with problem details naming the field, and every failing field is collected so one answer names them all.
/// </summary>
public sealed class JsonBody
{
    /// <summary>The platform's body limit (API.md); the gateway enforces it too, this holds when a part is called directly.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    private JsonBody(JsonElement root) => Root = root;

    public JsonElement Root { get; }
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The body as an object with only <paramref name="fields"/>; otherwise the problem to answer with.</summary>
    public static async Task<(JsonBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, IReadOnlyCollection<string> fields, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json."));
        }
        if (request.ContentLength > MaxBytes || await BufferAsync(request, ct) is not { } bytes)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body is over {MaxBytes} bytes."));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            return (null, ProblemSetup.Invalid("$", $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine})."));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ProblemSetup.Invalid("$", "A JSON object is required."));
            }
            var body = new JsonBody(document.RootElement.Clone());
            foreach (var unknown in body.Root.EnumerateObject().Select(p => p.Name).Where(n => !fields.Contains(n)))
            {
                body.Fail(unknown, "Unknown field.");
            }
            return (body, null);
        }
    }

    /// <summary>A required string, trimmed.</summary>
    public string? String(string field)
    {
        if (!Root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Fail(field, "Required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, "Must be a string.");
            return null;
        }
        return value.GetString()!.Trim();
    }

    /// <summary>A required array of strings; each item that is not one is named by its index.</summary>
    public IReadOnlyList<string>? Strings(string field)
    {
        if (!Root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, "Required: an array of strings.");
            return null;
        }
        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString()!);
            }
            else
            {
                Fail($"{field}[{index}]", "Must be a string.");
            }
            index++;
        }
        return items;
    }

    /// <summary>The object bound to <typeparamref name="T"/>; a wrong type or unknown nested field is named by its path.</summary>
    public T? Bind<T>(JsonSerializerOptions options) where T : class
    {
        try
        {
            return Root.Deserialize<T>(options);
        }
        catch (JsonException e)
        {
            var (field, message) = JsonErrors.Describe(e);
            Fail(field, message);
            return null;
        }
    }

    public void Fail(string field, string message) =>
        Errors[field] = Errors.TryGetValue(field, out var earlier) ? [.. earlier, message] : [message];

    public IResult Problem() => ProblemSetup.Invalid(Errors);

    // Reads at most one byte past the limit: null when the body is over it (a chunked body has no length to check first).
    private static async Task<byte[]?> BufferAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }
}
