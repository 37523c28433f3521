using System.Text.Json.Nodes;
using Intel.Ingestion.Misp;
using Intel.Ingestion.Misp.Feed;
using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Tests.Misp;

/// <summary>An organisation's other names are its MISP organization object's aliases, both ways.</summary>
public sealed class MispOrganisationTests
{
    [Fact]
    public void The_feed_gives_an_organisation_its_aliases_and_an_organization_object_imports_with_them()
    {
        var feed = FeedEntities.For(new SubmittedEntity
        {
            Ref = "o1", Type = "organisation", Name = "Karwan Travel", Aliases = ["Karwan Tours"], Country = "GB", RegistrationNumber = "01234567",
        });
        var draft = new MispDraft();

        draft.Object(new JsonObject
        {
            ["name"] = "organization", ["uuid"] = "5b6a7c8d-0000-4000-8000-000000000001",
            ["Attribute"] = new JsonArray([.. feed.Values.Select(v => (JsonNode)new JsonObject { ["object_relation"] = v.Relation, ["type"] = "text", ["value"] = v.Value })]),
        });

        Assert.Equal([("name", "Karwan Travel"), ("alias", "Karwan Tours")], feed.Values);
        var organisation = Assert.Single(draft.Entities);
        Assert.Equal("organisation", organisation["type"]!.GetValue<string>());
        Assert.Equal(["Karwan Tours"], organisation["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
    }
}
