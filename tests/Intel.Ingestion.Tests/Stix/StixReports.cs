using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Tests.Stix;

/// <summary>Reports as ingestion holds them, with every entity type, for mapping tests that need no server.</summary>
internal static class StixReports
{
    public static Report EveryEntityType(string agency = "uk-nca", string tlp = "amber", string phone = "07700 900123") => new(
        Guid.CreateVersion7(), agency, $"{agency}-feed", new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567),
        "hash", ReportStatus.Accepted,
        new ReportSubmission("NCA-2025-000123", new DateTimeOffset(2025, 2, 28, 9, 0, 0, TimeSpan.Zero), "Facilitator arranging crossings.",
            new SubmittedGrading("2", "B", "C", "Not for court use"), tlp, ["krg-security"],
            new SubmittedLocation("Erbil International Airport", "IQ", 36.2376, 43.9632),
            [
                new SubmittedEntity { Ref = "p1", Type = "person", Name = "Mohammed Abdulrahman Al-Barzani", Aliases = ["Abu Karwan"], DateOfBirth = "1984-03-02", Nationality = "IRQ", Gender = "male" },
                new SubmittedEntity { Ref = "ph1", Type = "phone", Number = phone, Country = "GB" },
                new SubmittedEntity { Ref = "em1", Type = "email", Address = "karwan@example.org" },
                new SubmittedEntity { Ref = "d1", Type = "document", DocumentType = "passport", Number = "A12345678", IssuingCountry = "IRQ",
                    Mrz = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02", SuspectedForgery = false },
                new SubmittedEntity { Ref = "s1", Type = "social", Platform = "facebook", Handle = "karwan.travel.eu" },
                new SubmittedEntity { Ref = "v1", Type = "vessel", HullId = "FR-DKQ-1234", Name = "Blue Star" },
                new SubmittedEntity { Ref = "e1", Type = "engine", Make = "Yamaha", Model = "40HP", Serial = "6BG-1012345" },
                new SubmittedEntity { Ref = "a1", Type = "account", Iban = "GB82 WEST 1234 5698 7654 32", Kind = "bank" },
                new SubmittedEntity { Ref = "a2", Type = "account", Provider = "Al-Amana exchange", Number = "HW-7781", Kind = "hawala" },
                new SubmittedEntity { Ref = "a3", Type = "account", Number = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Kind = "crypto" },
                new SubmittedEntity { Ref = "c1", Type = "vehicle", Plate = "AB12 CDE", Country = "GB" },
                new SubmittedEntity { Ref = "o1", Type = "organisation", Name = "Karwan Travel", Aliases = ["Karwan Tours"], Country = "GB", RegistrationNumber = "0123 4567" },
                new SubmittedEntity { Ref = "l1", Type = "location", Name = "Dunkirk", Country = "FR" },
            ],
            [new SubmittedLink("p1", "ph1", "uses"), new SubmittedLink("p1", "o1", "member of"), new SubmittedLink("p1", "d1", "holds")]),
        new Dictionary<string, Guid>());
}
