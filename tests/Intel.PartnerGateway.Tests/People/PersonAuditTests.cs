using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests.People;

/// <summary>What a person does is recorded in their name: the originating agency sees who of another agency read its report.</summary>
public sealed class PersonAuditTests(PartnerGatewayFixture fixture) : IClassFixture<PartnerGatewayFixture>
{
    [Fact]
    public async Task Report_and_entity_reads_acknowledgements_and_subscriptions_name_the_person()
    {
        const string email = "decider@krg-security.test";
        var personId = Person.StreamIdFor(email).ToString();
        // Through the public gateway, as a browser and the console would: its routes reach the sign-in pages.
        using var signIn = new PersonSignIn(fixture.Platform.Gateway);
        var tokens = await signIn.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        using var person = fixture.ThroughGateway(tokens.GetProperty("access_token").GetString()!);
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");

        using var subscribed = await person.PostAsJsonAsync("/api/v1/subscriptions", new
        {
            name = "audit phone", watch = new { selectors = new[] { "phone:+447700900123" } }, rules = new[] { "watched-entity-seen" },
        });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("AUDIT-PERSON-1", "+447700900123", "krg-security"));
        var reportId = (await PlatformFixture.JsonAsync(submitted)).GetProperty("id").GetGuid();
        var entities = await ReportResolution.ResolvedAsync(feed, reportId);

        using var read = await person.GetAsync($"/api/v1/reports/{reportId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var entityRead = await person.GetAsync($"/api/v1/entities/{entities.Values.First()}");
        Assert.Equal(HttpStatusCode.OK, entityRead.StatusCode);
        var alert = await Eventually.GetAsync(async () =>
        {
            var page = await person.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
            return page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).FirstOrDefault();
        }, TimeSpan.FromSeconds(30), "the person's alert");
        using var acknowledged = await person.PostAsync($"/api/v1/alerts/{alert}/acknowledge", null);
        Assert.True(acknowledged.IsSuccessStatusCode, $"{acknowledged.StatusCode}");

        var reads = await Eventually.GetAsync(async () =>
        {
            var history = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}/history");
            var byPerson = history.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "report-read"
                && e.GetProperty("data").GetProperty("clientId").GetString() == personId).ToList();
            return byPerson.Any(e => e.GetProperty("data").GetProperty("via").GetString() == "entity") ? byPerson : null;
        }, TimeSpan.FromSeconds(30), "the person's report and entity reads in the report's history");
        Assert.All(reads, e =>
        {
            Assert.Equal("Decider of krg-security", e.GetProperty("data").GetProperty("byName").GetString());
            Assert.Equal("krg-security", e.GetProperty("data").GetProperty("agency").GetString());
        });

        var alertHistory = await person.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert}/history");
        var acknowledgement = alertHistory.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "alert-acknowledged");
        Assert.Equal(personId, acknowledgement.GetProperty("by").GetString());
        Assert.Equal("Decider of krg-security", acknowledgement.GetProperty("data").GetProperty("byName").GetString());
    }
}
