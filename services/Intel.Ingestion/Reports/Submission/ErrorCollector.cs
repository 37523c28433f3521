using System.Globalization;

namespace Intel.Ingestion.Reports;

/// <summary>
/// Accumulates messages per JSON path, in the order found, without repeating a message, for at most
/// <see cref="MaxFields"/> paths: a 1 MiB body of 300,000 bad array items or unknown members would
/// otherwise be answered with tens of megabytes of errors.
/// </summary>
internal sealed class ErrorCollector
{
    public const int MaxFields = 100;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private bool _truncated;

    public int Count => _errors.Count;

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            if (_errors.Count == MaxFields)
            {
                _truncated = true;
                return;
            }

            messages = [];
            _errors.Add(path, messages);
        }

        if (!messages.Contains(message, StringComparer.Ordinal))
        {
            messages.Add(message);
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        var errors = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        if (_truncated)
        {
            string[] more = [ErrorMessages.MoreErrors(MaxFields)];
            errors[JsonPath.Root] = errors.TryGetValue(JsonPath.Root, out var root) ? [.. root, .. more] : more;
        }

        return errors;
    }
}

/// <summary>Builds the camelCase error keys: <c>grading.source</c>, <c>entities[2].number</c>, <c>$</c> for the root.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        if (IsPlainName(name))
        {
            return parent.Length == 0 ? name : parent + "." + name;
        }

        // Names that would make the key ambiguous (dots, brackets, empty) use bracket notation.
        var quoted = "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
        return (parent.Length == 0 ? Root : parent) + quoted;
    }

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$' or '+');
}
