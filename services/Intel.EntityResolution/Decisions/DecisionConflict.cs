using JasperFx;
using Marten;
using Npgsql;

namespace Intel.EntityResolution.Decisions;

/// <summary>An analyst's decision saved, or answered 409 when an entity it read changed meanwhile (resolution or another analyst).</summary>
public static class DecisionConflict
{
    public static async Task<IResult?> SaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception e) when (IsConflict(e))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "An entity changed meanwhile; read it again and decide.");
        }
    }

    private static bool IsConflict(Exception e) => e switch
    {
        ConcurrencyException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => e.InnerException is { } inner && IsConflict(inner),
    };
}
