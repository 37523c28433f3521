namespace Intel.EntityResolution.Matching;

/// <summary>The kinds of exclusive identifier a person record carries, each compared on its own.</summary>
public static class IdentifierKinds
{
    public const string Document = "document";
    public const string NationalId = "nationalId";
    public const string Phone = "phone";
    public const string Account = "account";
    public const string Email = "email";

    /// <summary>A social-media account ("facebook/karwan.travel.eu"), scoped by its platform.</summary>
    public const string Handle = "handle";

    /// <summary>
    /// A vehicle the person keeps or drives: a plate scoped by its country, or a VIN. Weaker than the others: a
    /// household or a network shares its cars, and a man drives several.
    /// </summary>
    public const string Vehicle = "vehicle";

    public static readonly IReadOnlyList<string> All = [Document, NationalId, Phone, Account, Email, Handle, Vehicle];
}
