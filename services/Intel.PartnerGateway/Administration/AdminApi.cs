using System.Text.RegularExpressions;
using Intel.PartnerGateway.Agencies;
using Intel.PartnerGateway.Clients;
using Intel.PartnerGateway.Deliveries;
using Intel.PartnerGateway.Keys;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Administration;

/// <summary>
/// /api/v1/partners: the platform administrator's API (scope partners:admin) over agencies, clients
/// and signing keys. Each change is an event naming the administrator's client as its author.
/// </summary>
public static partial class AdminApi
{
    public const string Prefix = "/api/v1/partners";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Prefix).RequireAuthorization(Scopes.PartnersAdmin)
            .MapAgencyRegistration()
            .MapClientRegistration()
            .MapClientSecretRotation()
            .MapClientRevocation()
            .MapKeyRotation()
            .MapDeliveries();
        return app;
    }

    /// <summary>Agency and client ids: lower-case words joined by hyphens, as in "uk-nca-feed"; they travel in tokens and URLs.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex Identifier();

    public static bool IsIdentifier(string? value, int maxLength) =>
        value is { Length: >= 2 } && value.Length <= maxLength && Identifier().IsMatch(value);

    public static IResult Conflict(string title) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title);

    public static IResult NotFound(string title) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title);
}
