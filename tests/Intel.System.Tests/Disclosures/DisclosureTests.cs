using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.System.Tests.Disclosures;

/// <summary>
/// The second step of hit/no-hit, through the gateway with people's tokens: an analyst of uk-nca asks iq-border for
/// its reports behind a hit; iq-border's decider releases or declines; every view follows a release, and nothing
/// else is disclosed to anyone.
/// </summary>
public sealed partial class DisclosureTests(DisclosureFixture fixture) : IClassFixture<DisclosureFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task A_release_shows_the_report_to_the_requester_in_report_entity_network_and_alert_views_and_to_no_one_else()
    {
        var (held, phone) = await HitAsync("0750 111 0001", "REL");
        using var requester = await fixture.PersonAsync("analyst@uk-nca.test");
        Assert.Equal(["iq-border"], Strings((await EntityAsync(requester, phone)).GetProperty("otherAgencies")));
        Assert.DoesNotContain(held, await NetworkReportsAsync(requester, phone));

        var id = await RequestAsync(requester, phone, "Same phone used by a facilitator in Dunkirk.");
        var asked = await OneAsync(requester, "requester", id);
        Assert.Equal("open", asked.GetProperty("status").GetString());
        Assert.Empty(asked.GetProperty("reportIds").EnumerateArray());
        using var decider = await fixture.PersonAsync("decider@iq-border.test");
        var received = await OneAsync(decider, "holder", id);
        Assert.Equal("uk-nca", received.GetProperty("requester").GetString());
        Assert.Equal("Analyst of uk-nca", received.GetProperty("requestedBy").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/api/v1/reports/{held}")).StatusCode);
        Assert.DoesNotContain(held, await ListedAsync(requester));

        using var released = await decider.PostAsJsonAsync($"/api/v1/disclosures/{id}/release", new { reportIds = new[] { held } });

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync($"/api/v1/reports/{held}")).StatusCode);
        Assert.Equal("released", (await OneAsync(requester, "requester", id)).GetProperty("status").GetString());
        Assert.Contains(held, await ListedAsync(requester));
        using var taxii = await TaxiiClient.ForAsync(Gateway, "uk-nca-analyst");
        var collection = await TaxiiClient.CollectionAsync(taxii);
        await Eventually.GetAsync(async () => TaxiiClient.ReportIds(await TaxiiClient.AllObjectsAsync(taxii, collection)).Contains(held) ? "held" : null,
            TimeSpan.FromSeconds(30), "uk-nca's TAXII collection holds the released report");
        var entity = await Eventually.GetAsync(async () =>
        {
            var e = await EntityAsync(requester, phone);
            return e.GetProperty("mentions").EnumerateArray().Any(m => m.GetProperty("reportId").GetGuid() == held) ? (JsonElement?)e : null;
        }, TimeSpan.FromSeconds(30), "the entity shows the released report");
        Assert.Empty(entity.GetValueOrDefault().GetProperty("otherAgencies").EnumerateArray());
        Assert.Contains(held, await NetworkReportsAsync(requester, phone));
        var alert = await AlertAsync(requester, id, phone);
        Assert.Equal(held, alert.GetProperty("reportId").GetGuid());
        var history = await requester.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{held}/history");
        var release = history.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "report-released");
        Assert.Equal("Decider of iq-border", release.GetProperty("data").GetProperty("byName").GetString());

        using var third = await fixture.PersonAsync("decider@eu-partner.test");
        Assert.Equal(HttpStatusCode.NotFound, (await third.GetAsync($"/api/v1/reports/{held}")).StatusCode);
        Assert.DoesNotContain(held, await ListedAsync(third));
        Assert.Equal(HttpStatusCode.NotFound, (await third.GetAsync($"/api/v1/entities/{phone}")).StatusCode);
        Assert.Empty((await ListAsync(third, "holder")).Concat(await ListAsync(third, "requester")));
    }

    [Fact]
    public async Task A_declined_request_discloses_nothing_and_tells_the_requester_why()
    {
        var (held, phone) = await HitAsync("0750 111 0002", "DEC");
        using var requester = await fixture.PersonAsync("analyst@uk-nca.test");
        var id = await RequestAsync(requester, phone, "Linked to a crossing last week.");
        using var decider = await fixture.PersonAsync("decider@iq-border.test");

        using var declined = await decider.PostAsJsonAsync($"/api/v1/disclosures/{id}/decline", new { reason = "The source is still active." });

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var answer = await OneAsync(requester, "requester", id);
        Assert.Equal("declined", answer.GetProperty("status").GetString());
        Assert.Equal("The source is still active.", answer.GetProperty("declineReason").GetString());
        Assert.Empty(answer.GetProperty("reportIds").EnumerateArray());
        var alert = await AlertAsync(requester, id, phone);
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("reportId").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/api/v1/reports/{held}")).StatusCode);
        Assert.DoesNotContain(held, await ListedAsync(requester));
        var entity = await EntityAsync(requester, phone);
        Assert.Equal(["iq-border"], Strings(entity.GetProperty("otherAgencies")));
        Assert.DoesNotContain(held, entity.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("reportId").GetGuid()));
        Assert.DoesNotContain(held, await NetworkReportsAsync(requester, phone));
        using var again = await decider.PostAsJsonAsync($"/api/v1/disclosures/{id}/release", new { reportIds = new[] { held } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Only_the_holding_agencys_deciders_answer()
    {
        var (held, phone) = await HitAsync("0750 111 0003", "WHO");
        using var requester = await fixture.PersonAsync("analyst@uk-nca.test");
        var id = await RequestAsync(requester, phone, "Who answers.");
        using var analyst = await fixture.PersonAsync("analyst@iq-border.test");
        using var otherDecider = await fixture.PersonAsync("decider@krg-security.test");
        var body = new { reportIds = new[] { held } };

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/v1/disclosures/{id}/release", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/disclosures?role=holder")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDecider.PostAsJsonAsync($"/api/v1/disclosures/{id}/release", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await requester.PostAsJsonAsync($"/api/v1/disclosures/{id}/decline", new { reason = "mine" })).StatusCode);
        Assert.Equal("open", (await OneAsync(requester, "requester", id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/api/v1/reports/{held}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_writes_nothing()
    {
        var (_, phone) = await HitAsync("0750 111 0004", "BAD");
        using var nca = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        using var requester = await fixture.PersonAsync("analyst@uk-nca.test");
        using var decider = await fixture.PersonAsync("decider@iq-border.test");

        await AssertRefusedAsync(await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId = "x", agency = "iq-border", reason = "r" }), "entityId");
        await AssertRefusedAsync(await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId = phone, agency = "uk-nca", reason = "r" }), "agency");
        await AssertRefusedAsync(await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId = phone, agency = "nowhere", reason = "r" }), "agency");
        await AssertRefusedAsync(await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId = phone, agency = "iq-border" }), "reason");
        await AssertRefusedAsync(await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId = phone, agency = "iq-border", reason = "r", reportId = phone }), "reportId");
        await AssertRefusedAsync(await requester.GetAsync("/api/v1/disclosures?role=everyone"), "role");
        Assert.DoesNotContain(await ListAsync(requester, "requester"), d => d.GetProperty("entityId").GetGuid() == phone);

        var id = await RequestAsync(requester, phone, "Bad answers.");
        var own = await SubmitAsync(nca, "NCA-BAD-2", "0750 111 0004");
        await AssertRefusedAsync(await decider.PostAsJsonAsync($"/api/v1/disclosures/{id}/release", new { reportIds = Array.Empty<Guid>() }), "reportIds");
        await AssertRefusedAsync(await decider.PostAsJsonAsync($"/api/v1/disclosures/{id}/release", new { reportIds = new[] { own } }), "reportIds[0]");
        await AssertRefusedAsync(await decider.PostAsJsonAsync($"/api/v1/disclosures/{id}/decline", new { reason = " " }), "reason");
        Assert.Equal("open", (await OneAsync(requester, "requester", id)).GetProperty("status").GetString());
    }
}
