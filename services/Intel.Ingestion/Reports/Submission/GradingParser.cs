
namespace Intel.Ingestion.Reports;

/// <summary>Parses <c>grading</c>: UK 3x5x2 source, intelligence, handling, and conditions for handling C.</summary>
internal static class GradingParser
{
    public const int MaxConditionsLength = 1000;

    private static readonly IReadOnlySet<string> Fields =
        new HashSet<string>(["source", "intelligence", "handling", "conditions"], StringComparer.Ordinal);

    private static readonly string[] Sources = ["1", "2", "3"];
    private static readonly string[] Intelligence = ["A", "B", "C", "D", "E"];
    private static readonly string[] Handling = ["P", "C"];

    public static SubmittedGrading? Parse(JsonFieldReader root, ErrorCollector errors)
    {
        if (root.Value("grading") is not { } element)
        {
            errors.Add(root.FieldPath("grading"), "Required.");
            return null;
        }

        if (JsonFieldReader.Open(element, root.FieldPath("grading"), errors) is not { } reader)
        {
            return null;
        }

        reader.RejectUnknownFields(Fields);
        var source = Code(reader, "source", Sources, errors);
        var intelligence = Code(reader, "intelligence", Intelligence, errors);
        var handling = Code(reader, "handling", Handling, errors);
        var conditions = reader.Text("conditions", new TextRule(MaxConditionsLength));
        CheckConditions(reader, handling, errors);

        return source is null || intelligence is null || handling is null
            ? null
            : new SubmittedGrading(source, intelligence, handling, conditions);
    }

    /// <summary>A required code from a fixed, case-sensitive set.</summary>
    private static string? Code(JsonFieldReader reader, string name, string[] allowed, ErrorCollector errors)
    {
        var code = reader.RequiredText(name, TextRule.Default);
        if (code is not null && !allowed.Contains(code, StringComparer.Ordinal))
        {
            errors.Add(reader.FieldPath(name), ErrorMessages.OneOf(allowed));
            return null;
        }

        return code;
    }

    /// <summary>Conditions are required with handling C and refused with handling P.</summary>
    private static void CheckConditions(JsonFieldReader reader, string? handling, ErrorCollector errors)
    {
        var given = reader.HasContent("conditions");
        if (handling == "C" && !given)
        {
            errors.Add(reader.FieldPath("conditions"), "Required when handling is C.");
        }
        else if (handling == "P" && given)
        {
            errors.Add(reader.FieldPath("conditions"), "Only allowed when handling is C.");
        }
    }
}
