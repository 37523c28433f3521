using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Intel.Ingestion.Stix;

/// <summary>
/// Deterministic STIX identifiers as OpenCTI and the STIX 2.1 SCO rules make them: a UUIDv5 in the STIX namespace
/// over the canonical JSON of the contributing properties, so one phone reported by two agencies is one object.
/// </summary>
public static class StixIds
{
    private static readonly Guid Namespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    public static string For(string type, JsonObject contributing) => $"{type}--{UuidV5(CanonicalJson.Of(contributing))}";

    public static Guid UuidV5(string name)
    {
        Span<byte> space = stackalloc byte[16];
        Namespace.TryWriteBytes(space, bigEndian: true, out _);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.CopyTo(input);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
#pragma warning disable CA5350 // RFC 4122 version 5 is defined over SHA-1; it names, it does not protect.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>OpenCTI lower-cases and trims names before they identify an identity, location or report.</summary>
    public static string NameKey(string name) => name.Trim().ToLowerInvariant();
}
