using System.Text.Json;
using Intel.ServiceDefaults.Problems;

namespace Intel.PartnerGateway.Administration;

/// <summary>
/// A strictly read JSON object of the admin API: unknown fields and wrong types are errors, and every
/// failing field is collected so one answer names them all (API.md).
/// </summary>
public sealed class AdminBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };
    private readonly JsonElement _root;

    private AdminBody(JsonElement root) => _root = root;

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public static async Task<(AdminBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, IReadOnlyCollection<string> fields, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json."));
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, Options, ct);
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
            var body = new AdminBody(document.RootElement.Clone());
            foreach (var property in body._root.EnumerateObject().Where(p => !fields.Contains(p.Name)))
            {
                body.Fail(property.Name, "Unknown field.");
            }
            return (body, null);
        }
    }

    public string? String(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
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

    public IReadOnlyList<string>? Strings(string field)
    {
        if (!_root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array)
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

    public void Fail(string field, string message) =>
        Errors[field] = Errors.TryGetValue(field, out var earlier) ? [.. earlier, message] : [message];
}
