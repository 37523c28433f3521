using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.People;

/// <summary>A person's roles and the scopes they grant (API.md "People").</summary>
public static class Roles
{
    public const string Analyst = "analyst";
    public const string Decider = "decider";
    public const string AgencyAdmin = "agency-admin";

    public static readonly IReadOnlyList<string> All = [Analyst, Decider, AgencyAdmin];

    private static readonly string[] AnalystScopes = [Scopes.ReportsRead, Scopes.EntitiesRead, Scopes.Alerts];
    private static readonly string[] DeciderScopes = [.. AnalystScopes, Scopes.EntitiesDecide, Scopes.DisclosuresAnswer];
    private static readonly string[] AdminScopes = [Scopes.PeopleAdmin];

    public static IReadOnlyList<string> ScopesOf(IEnumerable<string> roles) =>
        [.. roles.SelectMany(role => role switch
        {
            Analyst => AnalystScopes,
            Decider => DeciderScopes,
            AgencyAdmin => AdminScopes,
            _ => [],
        }).Distinct(StringComparer.Ordinal)];
}
