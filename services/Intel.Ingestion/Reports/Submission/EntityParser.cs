using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>Parses <c>entities</c>: the array, each entity's ref and type, its type's fields and identification.</summary>
internal static class EntityParser
{
    public const int MaxEntities = 1000;
    public const int MaxRefLength = 50;

    /// <summary>The parsed entities, and every ref written (even invalid or duplicate ones) for link checks.</summary>
    internal sealed record EntityList(IReadOnlyList<SubmittedEntity> Entities, IReadOnlySet<string>? Refs);

    public static EntityList ParseAll(JsonFieldReader root, ReportRules rules, ErrorCollector errors)
    {
        var path = root.FieldPath("entities");
        if (!root.IsPresent("entities"))
        {
            errors.Add(path, "Required.");
            return new([], null);
        }

        if (root.Array("entities", MaxEntities) is not { } array)
        {
            return new([], null);
        }

        if (array.GetArrayLength() == 0)
        {
            errors.Add(path, "Must have at least 1 item.");
        }

        var entities = new List<SubmittedEntity>();
        var refs = new RefSets();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var entity = Parse(element, JsonPath.Index(path, index++), rules, errors, refs);
            if (entity is not null)
            {
                entities.Add(entity);
            }
        }

        return new(entities, refs.Written);
    }

    private static SubmittedEntity? Parse(
        JsonElement element, string path, ReportRules rules, ErrorCollector errors, RefSets refs)
    {
        if (JsonFieldReader.Open(element, path, errors) is not { } reader)
        {
            return null;
        }

        var reference = ReadRef(reader, refs, errors);
        var typeName = reader.RequiredText("type", TextRule.Default, EntityRules.TypeFormat, rules);
        if (typeName is null || !EntityRules.ByName.TryGetValue(typeName, out var type))
        {
            // Without a type only the fields no type allows can be called unknown.
            reader.RejectUnknownFields(EntityRules.AnyTypeFields);
            return null;
        }

        reader.RejectUnknownFields(type.AllowedFields);
        var values = ReadFields(reader, type, rules);
        RequireIdentification(reader, type, errors);
        if (type.Name == "location")
        {
            LocationParser.RequireCoordinatePair(reader, errors);
        }
        if (type.Name == "organisation")
        {
            RequireJurisdiction(reader, errors);
        }

        return reference is null ? null : EntityBuilder.Build(reference, type.Name, values);
    }

    private static string? ReadRef(JsonFieldReader reader, RefSets refs, ErrorCollector errors)
    {
        // Links may name a ref that is itself invalid (say, too long): that error is the entity's alone.
        if (reader.Value("ref") is { ValueKind: JsonValueKind.String } raw && JsonValues.TryGetString(raw, out var written))
        {
            refs.Written.Add(written.Trim());
        }

        var reference = reader.RequiredText("ref", new TextRule(MaxRefLength));
        if (reference is not null && !refs.Valid.Add(reference))
        {
            errors.Add(reader.FieldPath("ref"), "Duplicate ref.");
        }

        return reference;
    }

    private static Dictionary<string, object> ReadFields(JsonFieldReader reader, EntityTypeRule type, ReportRules rules)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            object? value = field.Kind switch
            {
                FieldKind.Text when field.Format is { } format => reader.Text(field.Name, field.Rule, format, rules),
                FieldKind.Text => reader.Text(field.Name, field.Rule),
                FieldKind.TextList => NonEmpty(reader.TextList(field.Name, EntityRules.MaxAliases, field.Rule)),
                FieldKind.Boolean => reader.Boolean(field.Name),
                FieldKind.Latitude => reader.Number(field.Name, -90, 90),
                FieldKind.Longitude => reader.Number(field.Name, -180, 180),
                _ => throw new InvalidOperationException("Unhandled field kind " + field.Kind),
            };
            if (value is not null)
            {
                values[field.Name] = value;
            }
        }

        return values;
    }

    /// <summary>
    /// Needs every field of at least one identifying group to carry something. A field sent with a
    /// malformed value counts as given, so its own error is not repeated as "required".
    /// </summary>
    private static void RequireIdentification(JsonFieldReader reader, EntityTypeRule type, ErrorCollector errors)
    {
        if (!type.Identifying.Any(group => group.All(reader.HasContent)))
        {
            errors.Add(reader.Path, type.IdentifyingMessage);
        }
    }

    /// <summary>
    /// A registration number is a different firm in each register, so it is no key without its jurisdiction:
    /// one sent without a country would either be kept unmatchable or be matched against the wrong register.
    /// </summary>
    private static void RequireJurisdiction(JsonFieldReader reader, ErrorCollector errors)
    {
        if (reader.HasContent("registrationNumber") && !reader.HasContent("country"))
        {
            errors.Add(reader.FieldPath("country"), "Required when registrationNumber is given.");
        }
    }

    private sealed class RefSets
    {
        public HashSet<string> Valid { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Written { get; } = new(StringComparer.Ordinal);
    }

    private static IReadOnlyList<string>? NonEmpty(IReadOnlyList<string>? items) => items is { Count: > 0 } ? items : null;
}
