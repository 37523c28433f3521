using System.Text.Json;
using Intel.ServiceDefaults.Problems;

namespace Intel.EntityResolution.Decisions;

/// <summary>
/// An analyst's decision as sent: a JSON object with only the fields named, each failing field collected
/// so the answer names them all. Every decision needs a reason: it is part of the record.
/// </summary>
public sealed class DecisionBody
{
    public const int MaxReason = 2_000;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    private DecisionBody(JsonElement root) => Root = root;

    public JsonElement Root { get; }
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public static async Task<(DecisionBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, string[] fields, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json."));
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Options, ct);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ProblemSetup.Invalid("$", "A JSON object is required."));
            }
            var body = new DecisionBody(document.RootElement.Clone());
            foreach (var unknown in body.Root.EnumerateObject().Select(p => p.Name).Where(n => !fields.Contains(n, StringComparer.Ordinal)))
            {
                body.Errors[unknown] = ["Unknown field."];
            }
            return (body, null);
        }
        catch (JsonException e)
        {
            return (null, ProblemSetup.Invalid("$", $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine})."));
        }
    }

    public string? Reason()
    {
        if (!Root.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(reason.GetString()))
        {
            Errors["reason"] = ["A reason is required: it is kept with the decision."];
            return null;
        }
        var text = reason.GetString()!.Trim();
        if (text.Length > MaxReason || text.Contains('\0', StringComparison.Ordinal))
        {
            Errors["reason"] = [$"The reason must be at most {MaxReason} characters of text."];
            return null;
        }
        return text;
    }

    public IResult Problem() => ProblemSetup.Invalid(Errors);
}
