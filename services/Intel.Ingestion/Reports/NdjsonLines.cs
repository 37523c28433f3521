namespace Intel.Ingestion.Reports;

/// <summary>Splits an NDJSON body into its lines, as bytes: each line is decoded and parsed on its own.</summary>
internal static class NdjsonLines
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Lines end at LF, CRLF or CR (as a text reader ends them); lines holding only JSON whitespace are
    /// skipped; a UTF-8 byte order mark before the first line is dropped.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        var lines = new List<ReadOnlyMemory<byte>>();
        while (!body.IsEmpty)
        {
            var end = body.Span.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? body : body[..end];
            var next = end < 0 ? body.Length : end + (body.Span[end..].StartsWith("\r\n"u8) ? 2 : 1);
            body = body[next..];
            if (line.Span.IndexOfAnyExcept(" \t"u8) >= 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
