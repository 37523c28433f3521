namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// The handling rule every read applies: a report, and all that derives from it, is visible to
/// its originating agency and to the agencies it is released to ("*": every partner).
/// </summary>
public static class Sharing
{
    public const string EveryPartner = "*";

    public static bool MaySee(string agency, string originator, IEnumerable<string> releasableTo) =>
        string.Equals(agency, originator, StringComparison.Ordinal)
        || releasableTo.Any(r => r == EveryPartner || string.Equals(r, agency, StringComparison.Ordinal));
}
