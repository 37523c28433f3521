using System.Text.Json;

namespace Intel.ServiceDefaults.Bodies;

/// <summary>The field a binding error concerns, from System.Text.Json's path and message, and what to tell the caller.</summary>
internal static class JsonErrors
{
    private const string UnmappedMarker = "The JSON property '";

    public static (string Field, string Message) Describe(JsonException e)
    {
        var parent = e.Path is null or "$" ? "" : e.Path.TrimStart('$', '.');
        // "The JSON property 'x' could not be mapped to any .NET member…": the path names the parent object.
        var start = e.Message.IndexOf(UnmappedMarker, StringComparison.Ordinal);
        if (start >= 0 && e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var name = e.Message[(start + UnmappedMarker.Length)..].Split('\'')[0];
            // Read from a string the path names the parent object; bound from an element, the property itself.
            var field = parent == name || parent.EndsWith($".{name}", StringComparison.Ordinal) ? parent
                : parent.Length == 0 ? name : $"{parent}.{name}";
            return (field, "Unknown field.");
        }
        return (parent.Length == 0 ? "$" : parent, "Wrong type.");
    }
}
