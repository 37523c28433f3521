using Intel.Contracts.Alerts.V1;
using Intel.Contracts.Disclosures.V1;
using Intel.Contracts.Entities.V1;
using Intel.Contracts.Partners.V1;
using Intel.Contracts.Reports.V1;

namespace Intel.Contracts.Tests;

/// <summary>One fully populated instance of every contract message, with fixed values.</summary>
public static class Samples
{
    private static readonly Guid ReportId = Guid.Parse("0190f5a2-6c1e-7b3a-9c4d-2e5f6a7b8c9d");
    private static readonly Guid EntityId = Guid.Parse("0190f5a2-7d2f-7c4b-8d5e-3f6a7b8c9d0e");
    private static readonly DateTimeOffset At = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<string, object> All = new Dictionary<string, object>
    {
        ["ReportIngested"] = new ReportIngested
        {
            ReportId = ReportId, Reference = "NCA-2025-000123", Agency = "uk-nca", ReleasableTo = ["krg-security"],
            Tlp = "amber", Grading = new Grading("2", "B", "C", "Not for court use"), ReceivedAt = At, ObservedAt = At,
            Entities =
            [
                new ReportedEntity { Ref = "p1", Type = "person", Name = "Mohammed Al-Barzani", Aliases = ["محمد البرزاني"], DateOfBirth = "1984-03-02" },
                new ReportedEntity { Ref = "ph1", Type = "phone", Number = "0750 123 4567", Country = "IQ" },
                new ReportedEntity
                {
                    Ref = "o1", Type = "organisation", Name = "Al-Noor Travel Ltd", Aliases = ["Alnoor Tourism Company"], Country = "GB",
                    RegistrationNumber = "0123 4567",
                },
            ],
            Links = [new ReportLink("p1", "ph1", "uses")],
        },
        ["ReportResolved"] = new ReportResolved
        {
            ReportId = ReportId, Reference = "NCA-2025-000123", Agency = "uk-nca", ReleasableTo = ["*"], Tlp = "green",
            ReceivedAt = At, ResolvedAt = At.AddMilliseconds(40),
            Mentions =
            [
                new ResolvedMention
                {
                    Ref = "ph1", EntityId = EntityId, EntityType = "phone", Selectors = ["phone:+9647501234567"], NewEntity = true,
                    HeldBy = ["uk-nca"], SuspectedForgery = false,
                },
            ],
            Links = [new ResolvedLink(EntityId, EntityId, "uses")],
        },
        ["AlertRaised"] = new AlertRaised
        {
            AlertId = EntityId, SubscriptionId = ReportId, Agency = "krg-security", ClientId = "krg-security-analyst",
            Rule = "watched-entity-seen", ReportId = ReportId, EntityId = EntityId, Summary = "Watched phone seen.",
            RaisedAt = At.AddMilliseconds(80), ReportReceivedAt = At, WebhookUrl = "https://partner.example/alerts",
        },
        ["WebhookRegistered"] = new WebhookRegistered
        {
            SubscriptionId = ReportId, Agency = "krg-security", ClientId = "krg-security-analyst",
            Url = "https://partner.example/alerts", Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", At = At,
        },
        ["WebhookRemoved"] = new WebhookRemoved { SubscriptionId = ReportId, Agency = "krg-security", At = At },
        ["EntityRead"] = new EntityRead
        {
            EntityId = EntityId, ClientId = "0f8fad5b-d9cb-469f-a165-70867728950e", Agency = "krg-security", ReportIds = [ReportId], At = At,
            ByName = "Shirin Ahmed",
        },
        ["ReportReleased"] = new ReportReleased
        {
            ReportId = ReportId, Agency = "iq-border", To = "uk-nca", ReleasableTo = ["krg-security", "uk-nca"], At = At,
        },
        ["DisclosureAnswered"] = new DisclosureAnswered
        {
            DisclosureId = Guid.Parse("0190f5a2-8e3a-7d5c-9e6f-4a7b8c9d0e1f"), EntityId = EntityId, Requester = "uk-nca",
            RequestedBy = "0f8fad5b-d9cb-469f-a165-70867728950e", Holder = "iq-border", Outcome = "declined", ReportIds = [],
            Reason = "The source is still active.", At = At,
        },
        ["AgencyRegistered"] = new AgencyRegistered { AgencyId = "uk-nca", Name = "UK National Crime Agency", RegisteredAt = At },
    };
}
