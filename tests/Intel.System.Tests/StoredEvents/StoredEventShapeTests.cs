using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Weasel.Core;
using ISerializer = Marten.ISerializer;
using Intel.Contracts.Entities.V1;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Resolution;
using Intel.Ingestion.Reports;

namespace Intel.System.Tests.StoredEvents;

/// <summary>
/// Events stored before each service had its own records (written here in that shape, with the contracts they
/// embedded, through the services' Marten serializer) load into today's records, which store the same JSON.
/// </summary>
public sealed class StoredEventShapeTests
{
    private static readonly ISerializer Serializer = MartenSerializer();

    private static readonly ReportedEntity Account = new() { Ref = "a1", Type = "account", Iban = "GB82WEST12345698765432", Kind = "bank", Aliases = ["x"], Lat = 1.5 };
    private static readonly Grading Graded = new("2", "B", "C", "Not for court use");

    [Fact]
    public void A_stored_ReportSubmitted_loads_keeps_its_shape_and_its_content_hash()
    {
        var submission = new
        {
            Reference = "NCA-1", ObservedAt = (DateTimeOffset?)null, Summary = "s", Grading = Graded, Tlp = "amber", ReleasableTo = new[] { "iq-border" },
            Location = new ReportLocation("Dunkirk", "FR", 51.03, 2.37), Entities = new[] { Account }, Links = new[] { new ReportLink("a1", "a1", "self") },
        };
        var stored = Write(new { ReportId = Guid.NewGuid(), Agency = "uk-nca", ClientId = "uk-nca-feed", ReceivedAt = DateTimeOffset.UnixEpoch, ContentHash = "h", Submission = submission });

        var loaded = Read<ReportSubmitted>(stored);

        Assert.Equal("Not for court use", loaded.Submission.Grading.Conditions);
        Assert.Equal("GB82WEST12345698765432", loaded.Submission.Entities[0].Iban);
        Assert.Equal("Dunkirk", loaded.Submission.Location!.Name);
        Assert.Equal("self", loaded.Submission.Links[0].Type);
        AssertSameJson(stored, Serializer.ToJson(loaded));
        // Hashed as it was written then: before an organisation had a registration number, no entity carried the field.
        var written = JsonSerializer.SerializeToNode(submission, JsonSerializerOptions.Web)!;
        foreach (var entity in written["entities"]!.AsArray())
        {
            entity!.AsObject().Remove("registrationNumber");
        }
        Assert.Equal(Convert.ToHexStringLower(global::System.Security.Cryptography.SHA256.HashData(global::System.Text.Encoding.UTF8.GetBytes(written.ToJsonString(JsonSerializerOptions.Web)))),
            ContentHash.Of(loaded.Submission));
    }

    [Fact]
    public void A_stored_MentionAdded_loads_and_keeps_its_shape()
    {
        var stored = Write(new
        {
            EntityId = Guid.NewGuid(), ReportId = Guid.NewGuid(), Ref = "a1", Agency = "uk-nca", ReleasableTo = new[] { "*" }, Reported = Account,
            Selectors = new[] { "account:GB82WEST12345698765432" }, Score = 1.0, Reasons = new[] { "new-entity" }, At = DateTimeOffset.UnixEpoch,
            Grading = Graded, Match = (MatchExplanation?)null, ForgeryReason = (string?)null,
        });

        var loaded = Read<MentionAdded>(stored);

        Assert.Equal("GB82WEST12345698765432", loaded.Reported.Iban);
        Assert.Equal(["x"], loaded.Reported.Aliases!);
        Assert.Equal("C", loaded.Grading!.Handling);
        // Stored before the report's reference and time were kept: they read as unknown.
        Assert.Null(loaded.Reference);
        Assert.Null(loaded.ReceivedAt);
        AssertSameJson(stored, Serializer.ToJson(loaded));
    }

    [Fact]
    public void A_stored_ResolutionRecorded_loads_keeps_its_shape_and_publishes_the_same_message()
    {
        var outcome = new Contracts.Entities.V1.ReportResolved
        {
            ReportId = Guid.NewGuid(), Reference = "NCA-1", Agency = "uk-nca", ReleasableTo = ["*"], Tlp = "amber", ReceivedAt = DateTimeOffset.UnixEpoch,
            Grading = Graded, ResolvedAt = DateTimeOffset.UnixEpoch,
            Mentions = [new ResolvedMention { Ref = "a1", EntityId = Guid.NewGuid(), EntityType = "account", Selectors = ["account:X"], NewEntity = true, HeldBy = ["uk-nca"], MergedFrom = [Guid.NewGuid()] }],
            Links = [new ResolvedLink(Guid.NewGuid(), Guid.NewGuid(), "paid")],
        };
        var stored = Write(new { Outcome = outcome });

        var loaded = Read<ResolutionRecorded>(stored);

        AssertSameJson(stored, Serializer.ToJson(loaded));
        AssertSameJson(Serializer.ToJson(outcome), Serializer.ToJson(loaded.ToMessage()));
    }

    private static ISerializer MartenSerializer()
    {
        var options = new StoreOptions();
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        return options.Serializer();
    }

    private static string Write(object stored) => Serializer.ToJson(stored);

    private static T Read<T>(string json)
    {
        using var stream = new MemoryStream(global::System.Text.Encoding.UTF8.GetBytes(json));
        return Serializer.FromJson<T>(stream);
    }

    // Members the old records lacked are new and optional: absent and null read the same.
    private static void AssertSameJson(string expected, string actual) =>
        Assert.Equal(WithoutNulls(JsonNode.Parse(expected))!.ToJsonString(), WithoutNulls(JsonNode.Parse(actual))!.ToJsonString());

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (value is null) { o.Remove(name); } else { WithoutNulls(value); }
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    WithoutNulls(item);
                }
                break;
        }
        return node;
    }
}
