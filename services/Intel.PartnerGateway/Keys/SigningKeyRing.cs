using Intel.PartnerGateway.Agencies;

namespace Intel.PartnerGateway.Keys;

/// <summary>A signing key joined the ring and signs every token from now on. Its private half is stored encrypted.</summary>
public sealed record SigningKeyCreated(string KeyId, string PublicKey, string ProtectedPrivateKey, string Origin, string By, DateTimeOffset At);

/// <summary>Every token the key signed has expired, so it is no longer published.</summary>
public sealed record SigningKeyRetired(string KeyId, string By, DateTimeOffset At);

/// <summary>One key of the ring. <c>SupersededAt</c>: when a newer key took over signing.</summary>
public sealed record RingKey(
    string KeyId, string PublicKey, string ProtectedPrivateKey, DateTimeOffset CreatedAt, DateTimeOffset? SupersededAt, DateTimeOffset? RetiredAt);

/// <summary>
/// All signing keys in one stream, so two instances rotating at once conflict on the stream version
/// instead of both adding a key. The newest key that is not retired signs; all keys not retired are published.
/// </summary>
public sealed record SigningKeyRing(Guid Id, IReadOnlyList<RingKey> Keys)
{
    public static readonly Guid StreamId = StreamIds.For("signing-keys", "ring");

    public static SigningKeyRing Create(SigningKeyCreated e) => new(StreamId, [KeyOf(e)]);

    public SigningKeyRing Apply(SigningKeyCreated e) => this with
    {
        Keys = [.. Keys.Select(k => k.SupersededAt is null ? k with { SupersededAt = e.At } : k), KeyOf(e)],
    };

    public SigningKeyRing Apply(SigningKeyRetired e) => this with
    {
        Keys = [.. Keys.Select(k => k.KeyId == e.KeyId ? k with { RetiredAt = e.At } : k)],
    };

    public RingKey? Signing() => Keys.LastOrDefault(k => k.RetiredAt is null);

    public IEnumerable<RingKey> Published() => Keys.Where(k => k.RetiredAt is null);

    /// <summary>Keys that stopped signing longer ago than any token they signed can live.</summary>
    public IEnumerable<RingKey> DueForRetirement(DateTimeOffset now, TimeSpan tokensOutliveSigningBy) =>
        Keys.Where(k => k.RetiredAt is null && k.SupersededAt is { } superseded && superseded + tokensOutliveSigningBy <= now);

    private static RingKey KeyOf(SigningKeyCreated e) => new(e.KeyId, e.PublicKey, e.ProtectedPrivateKey, e.At, null, null);
}
