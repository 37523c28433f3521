namespace Intel.System.Tests.Telemetry;

/// <summary>One span as an OTLP receiver got it: the service that exported it, its trace, its name and when it ran.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string Name, DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Just enough of the protobuf wire format to read OTLP export requests: every request is a list of
/// resource entries (field 1), each with its resource (field 1, attributes KeyValue in its field 1).
/// Spans sit in a resource entry's scope entries (field 2), each holding spans (field 2: trace id 1, name 5, start and
/// end in Unix nanoseconds 7 and 8).
/// </summary>
public static class OtlpMessages
{
    public static IEnumerable<string> Services(ReadOnlyMemory<byte> request) =>
        Fields(request, 1).Select(ServiceOf);

    public static IEnumerable<ReceivedSpan> Spans(ReadOnlyMemory<byte> request) =>
        from resourceSpans in Fields(request, 1)
        let service = ServiceOf(resourceSpans)
        from scopeSpans in Fields(resourceSpans, 2)
        from span in Fields(scopeSpans, 2)
        select new ReceivedSpan(service, Convert.ToHexStringLower(Fields(span, 1).Single().Span), Text(Fields(span, 5).SingleOrDefault()),
            Time(span, 7), Time(span, 8));

    private static string ServiceOf(ReadOnlyMemory<byte> resourceEntry) =>
        (from resource in Fields(resourceEntry, 1)
         from attribute in Fields(resource, 1)
         where Text(Fields(attribute, 1).Single()) == "service.name"
         select Text(Fields(Fields(attribute, 2).Single(), 1).Single())).SingleOrDefault() ?? "";

    private static DateTimeOffset Time(ReadOnlyMemory<byte> span, int number) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(Fixed64(span, number) / 100));

    private static string Text(ReadOnlyMemory<byte> bytes) => global::System.Text.Encoding.UTF8.GetString(bytes.Span);

    private const int Fixed64Type = 1;
    private const int LengthDelimitedType = 2;

    /// <summary>The length-delimited fields (messages, strings, bytes) numbered <paramref name="number"/>.</summary>
    private static List<ReadOnlyMemory<byte>> Fields(ReadOnlyMemory<byte> message, int number) => Fields(message, number, LengthDelimitedType);

    /// <summary>The 64-bit fixed field numbered <paramref name="number"/>, 0 if absent.</summary>
    private static ulong Fixed64(ReadOnlyMemory<byte> message, int number) =>
        Fields(message, number, Fixed64Type) is [var field, ..] ? global::System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(field.Span) : 0;

    /// <summary>The value bytes of every field numbered <paramref name="number"/> of wire type <paramref name="type"/>.</summary>
    private static List<ReadOnlyMemory<byte>> Fields(ReadOnlyMemory<byte> message, int number, int type)
    {
        var found = new List<ReadOnlyMemory<byte>>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var key = Varint(span, ref at);
            var start = at;
            switch (key & 7)
            {
                case 0: Varint(span, ref at); break;
                case 1: at += 8; break;
                case 5: at += 4; break;
                case 2:
                    var length = (int)Varint(span, ref at);
                    start = at;
                    at += length;
                    break;
                default: throw new InvalidDataException($"Unsupported protobuf wire type {key & 7}.");
            }
            if ((int)(key >> 3) == number && (int)(key & 7) == type)
            {
                found.Add(message[start..at]);
            }
        }
        return found;
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
