namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// A message a consumer has already applied, written in the same transaction as its effects:
/// a redelivery finds it and changes nothing.
/// </summary>
public sealed record ProcessedMessage(string Id, Guid MessageId, string Consumer, DateTimeOffset ProcessedAt)
{
    public static string KeyFor(string consumer, Guid messageId) => $"{consumer}:{messageId:N}";
}
