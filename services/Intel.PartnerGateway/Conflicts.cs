using JasperFx;
using Npgsql;

namespace Intel.PartnerGateway;

/// <summary>
/// Whether a failed save lost a race: a stream that already exists, a stream that moved on since it was
/// read, or a unique index (agency id, client id) already taken. The caller answers 409 or starts over.
/// </summary>
public static class Conflicts
{
    public static bool IsConflict(Exception e) => e switch
    {
        ConcurrencyException => true,
        Marten.Exceptions.ExistingStreamIdCollisionException => true,
        JasperFx.Events.ExistingStreamIdCollisionException => true,
        DocumentAlreadyExistsException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => e.InnerException is { } inner && IsConflict(inner),
    };
}
