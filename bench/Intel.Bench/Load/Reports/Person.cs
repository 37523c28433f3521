namespace Intel.Bench.Load.Reports;

/// <summary>A phone as its owner's country writes it: E.164, and the national form an agency of that country reports.</summary>
public sealed record Phone(string Country, string E164, string National);

public sealed record Passport(string IssuingCountry, string Number, DateOnly Expiry);

/// <summary>
/// One person of the simulated population. <see cref="Agency"/> is the agency that first reported them
/// (the preloaded known entities carry it); any agency may report them again.
/// </summary>
public sealed record Person(
    int Id, NameForm Given, NameForm Father, NameForm Family, bool Female, DateOnly Birth, string Nationality,
    Phone Phone, Passport? Passport, string? Handle, string? Kunya, string Agency)
{
    /// <summary>"Mohammed Hassan Al-Jubouri": given, father's and family name, in the usual spelling.</summary>
    public string LatinName => $"{Given.Latin[0]} {Father.Latin[0]} {Family.Latin[0]}";

    public string ArabicName => $"{Given.Arabic} {Father.Arabic} {Family.Arabic}";

    public string PhoneSelector => $"phone:{Phone.E164}";

    public string? PassportSelector => Passport is { } p ? $"document:{p.IssuingCountry}/{p.Number}" : null;
}
