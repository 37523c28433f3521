namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// A message its consumer can never process, whatever is retried: it names an agency the service does not
/// know, lacks a field or contradicts itself. It is parked in the endpoint's <c>_error</c> queue at once, not
/// retried, with the reason in its <c>MT-Fault-Message</c> header for the operator who looks there.
/// </summary>
public sealed class MessageRefusedException : Exception
{
    public MessageRefusedException()
    {
    }

    public MessageRefusedException(string reason) : base(reason)
    {
    }

    public MessageRefusedException(string reason, Exception inner) : base(reason, inner)
    {
    }
}
