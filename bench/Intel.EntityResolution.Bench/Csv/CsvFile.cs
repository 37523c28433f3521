using System.Text;

namespace Intel.EntityResolution.Bench.Csv;

/// <summary>
/// RFC 4180 files with a header row: fields may be quoted, and a quoted field may hold commas, doubled
/// quotes and line breaks (names such as "SALEK, ABDULHAI" and free-text notes do).
/// </summary>
internal static class CsvFile
{
    public static IEnumerable<CsvRow> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = Record(reader);
        if (header is null)
        {
            yield break;
        }
        var columns = header.Select((name, i) => (name.Trim(), i)).ToDictionary(c => c.Item1, c => c.i, StringComparer.Ordinal);
        while (Record(reader) is { } fields)
        {
            if (fields is not [""])
            {
                yield return new CsvRow(columns, fields, path);
            }
        }
    }

    private static List<string>? Record(StreamReader reader)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    throw new InvalidDataException("A quoted field is not closed before the end of the file.");
                }
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n' or -1:
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}

/// <summary>One data row; a column the file lacks, or a short row, reads as empty.</summary>
internal sealed class CsvRow(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, string path)
{
    public string this[string column] => columns.TryGetValue(column, out var i)
        ? (i < fields.Count ? fields[i].Trim() : "")
        : throw new InvalidDataException($"{path} has no column {column}.");

    public bool Has(string column) => columns.ContainsKey(column);
}
