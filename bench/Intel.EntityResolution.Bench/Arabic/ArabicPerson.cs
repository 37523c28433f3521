namespace Intel.EntityResolution.Bench.Arabic;

/// <summary>One real person of the synthetic population: the truth every mention of them is a distorted view of.</summary>
internal sealed record ArabicPerson(
    int Id,
    NameSpelling Given,
    NameSpelling Father,
    NameSpelling Family,
    string Gender,
    DateOnly Birth,
    string Nationality,
    IReadOnlyList<string> Phones,
    string? Passport,
    NameSpelling? Kunya);
