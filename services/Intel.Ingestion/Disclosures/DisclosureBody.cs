using System.Text.Json;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Disclosures;

/// <summary>
/// A disclosure step as sent: a JSON object with only the fields named, every failing field collected so the
/// answer names them all.
/// </summary>
public sealed class DisclosureBody
{
    public const int MaxReason = 2_000;
    public const int MaxReports = 100;

    private DisclosureBody(JsonElement root) => Root = root;

    public JsonElement Root { get; }
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public static async Task<(DisclosureBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, string[] fields, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json."));
        }
        var read = await RequestBody.ReadJsonAsync(request, ct);
        if (read.Document is null)
        {
            return (null, read.Problem);
        }
        using var document = read.Document;
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, ProblemSetup.Invalid("$", "A JSON object is required."));
        }
        var body = new DisclosureBody(document.RootElement.Clone());
        foreach (var unknown in body.Root.EnumerateObject().Select(p => p.Name).Where(n => !fields.Contains(n, StringComparer.Ordinal)))
        {
            body.Errors[unknown] = ["Unknown field."];
        }
        return (body, null);
    }

    public string Text(string field, int max)
    {
        if (!Root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Errors[field] = ["Required."];
            return "";
        }
        var text = value.GetString()!.Trim();
        if (text.Length > max || text.Contains('\0', StringComparison.Ordinal))
        {
            Errors[field] = [$"Must be at most {max} characters of text."];
        }
        return text;
    }

    public Guid Id(string field)
    {
        if (Root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id))
        {
            return id;
        }
        Errors[field] = ["Must be an id (a UUID)."];
        return Guid.Empty;
    }

    public List<Guid> Ids(string field)
    {
        if (!Root.TryGetProperty(field, out var array) || array.ValueKind != JsonValueKind.Array
            || array.GetArrayLength() is < 1 or > MaxReports)
        {
            Errors[field] = [$"Must list from 1 to {MaxReports} report ids."];
            return [];
        }
        var ids = new List<Guid>();
        foreach (var (item, i) in array.EnumerateArray().Select((item, i) => (item, i)))
        {
            if (item.ValueKind != JsonValueKind.String || !item.TryGetGuid(out var id))
            {
                Errors[$"{field}[{i}]"] = ["Must be an id (a UUID)."];
            }
            else if (ids.Contains(id))
            {
                Errors[$"{field}[{i}]"] = ["Listed twice."];
            }
            else
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    public IResult Problem() => ProblemSetup.Invalid(Errors);
}
