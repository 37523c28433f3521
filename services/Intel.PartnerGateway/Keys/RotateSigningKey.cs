using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Keys;

/// <summary>POST /api/v1/partners/keys/rotate: a new key signs from now on; tokens signed before keep working.</summary>
public static class RotateSigningKey
{
    public static RouteGroupBuilder MapKeyRotation(this RouteGroupBuilder admin)
    {
        admin.MapPost("/keys/rotate", HandleAsync);
        return admin;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, KeyRotation rotation, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        try
        {
            var key = await rotation.RotateAsync(caller.ClientId, "admin", ct);
            return Results.Ok(new { keyId = key.KeyId, createdAt = key.CreatedAt });
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The keys were rotated concurrently; try again.");
        }
    }
}
