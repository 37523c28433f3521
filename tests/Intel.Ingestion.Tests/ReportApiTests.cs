using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Ingestion.Tests;

/// <summary>Submitting and reading reports through the gateway, as a partner does, against the real store.</summary>
public sealed class ReportApiTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task The_same_reference_again_answers_the_first_id_and_a_changed_report_conflicts()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        var report = SampleReports.ApiExample("NCA-idem-1", "krg-security");

        using var first = await feed.PostAsJsonAsync("/api/v1/reports", report);
        using var again = await feed.PostAsJsonAsync("/api/v1/reports", report);
        report["summary"] = "A different account of the same reference.";
        using var changed = await feed.PostAsJsonAsync("/api/v1/reports", report);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await Json(first)).GetProperty("id").GetGuid(), (await Json(again)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
    }

    [Fact]
    public async Task Invalid_reports_name_every_failing_field_and_store_nothing()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        var report = SampleReports.ApiExample("HO-invalid-1");
        report["colour"] = "red";
        report["grading"]!["source"] = "9";
        report["entities"]![1]!["handle"] = "not-a-phone-field";
        report["tlp"] = "red";

        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        var errors = (await Json(answer)).GetProperty("errors");
        foreach (var field in new[] { "colour", "grading.source", "entities[1].handle", "releasableTo" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        report.Remove("colour");
        report["grading"]!["source"] = "2";
        ((JsonObject)report["entities"]![1]!).Remove("handle");
        report["tlp"] = "amber";
        using var corrected = await feed.PostAsJsonAsync("/api/v1/reports", report);
        Assert.Equal(HttpStatusCode.Accepted, corrected.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_wrong_media_type_and_oversize_bodies_are_refused()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "iq-border-feed");

        using var malformed = await feed.PostAsync("/api/v1/reports", new StringContent("{\"reference\": ", Encoding.UTF8, "application/json"));
        using var text = await feed.PostAsync("/api/v1/reports", new StringContent("reference=1", Encoding.UTF8, "text/plain"));
        using var huge = await feed.PostAsync("/api/v1/reports", new StringContent(
            $"{{\"reference\":\"big\",\"summary\":\"{new string('x', 1_100_000)}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await Json(malformed)).GetProperty("errors").TryGetProperty("$", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Reads_need_a_token_and_the_scope_and_show_reports_only_to_agencies_they_are_released_to()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var released = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var other = await PartnerClient.ForAsync(Gateway, "iq-border-analyst");
        using var anonymous = new HttpClient { BaseAddress = Gateway };
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("KRG-read-1", "0750 555 0101", "uk-nca"));
        var id = (await Json(submitted)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await released.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await analyst.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("KRG-read-2", "0750 555 0102"))).StatusCode);
    }

    [Fact]
    public async Task A_batch_accepts_each_valid_line_and_rejects_the_others_alone()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "eu-partner-feed");
        var lines = string.Join('\n',
            SampleReports.Phone("EU-batch-1", "+33 6 12 34 56 78").ToJsonString(),
            "{\"reference\": \"EU-batch-2\"",
            SampleReports.Phone("EU-batch-1", "+33 6 12 34 56 78").ToJsonString(),
            SampleReports.Phone("EU-batch-3", "+33 6 98 76 54 32", "nobody-agency").ToJsonString());

        using var answer = await feed.PostAsync("/api/v1/reports/batch", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var results = (await Json(answer)).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["accepted", "rejected", "duplicate", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.True(results[3].GetProperty("errors").TryGetProperty("releasableTo[0]", out _));
        Assert.Equal(results[0].GetProperty("id").GetGuid(), results[2].GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
