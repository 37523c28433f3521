namespace Intel.ServiceDefaults.Auth;

/// <summary>The scopes of API.md; each is also the name of the authorization policy that requires it.</summary>
public static class Scopes
{
    public const string ReportsWrite = "reports:write";
    public const string ReportsRead = "reports:read";
    public const string EntitiesRead = "entities:read";
    public const string EntitiesDecide = "entities:decide";
    public const string Alerts = "alerts";
    public const string PartnersAdmin = "partners:admin";
    public const string DisclosuresAnswer = "disclosures:answer";
    public const string PeopleAdmin = "people:admin";

    public static readonly IReadOnlyList<string> All =
        [ReportsWrite, ReportsRead, EntitiesRead, EntitiesDecide, Alerts, PartnersAdmin, DisclosuresAnswer, PeopleAdmin];
}
