using System.Text.Json;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Network;

namespace Intel.EntityResolution.Tests.Entities;

/// <summary>What an agency is shown of an entity holds nothing of another agency's mention it may not see.</summary>
public sealed class VisibleEntityTests
{
    private static Mention Phone(string agency, string number, string[] releasableTo, string? forgery = null) =>
        new(Guid.NewGuid(), "ph1", agency, releasableTo, new MentionedEntity { Ref = "ph1", Type = "phone", Number = number },
            [$"phone:{number}"], 1.0, ["exact"], ForgeryReason: forgery);

    private static readonly Entity Shared = new(Guid.NewGuid(), "phone", EntityStatus.Active,
    [
        Phone("krg-security", "+9647501112233", [], forgery: "krg-secret-reason"),
        Phone("uk-nca", "+447700900123", ["*"]),
        Phone("iq-border", "+9647709998877", ["uk-nca"]),
    ]);

    [Fact]
    public void Another_agencys_unreleased_mention_is_named_by_agency_only()
    {
        var seen = VisibleEntity.Of(Shared, "uk-nca")!;
        var json = JsonSerializer.Serialize(EntityView.For(seen), JsonSerializerOptions.Web);

        Assert.Equal(["uk-nca", "iq-border"], seen.Mentions.Select(m => m.Agency));
        Assert.DoesNotContain("+9647501112233", json, StringComparison.Ordinal);
        Assert.DoesNotContain("krg-secret-reason", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Shared.Mentions[0].ReportId.ToString(), json, StringComparison.Ordinal);
        Assert.Equal(["krg-security"], seen.OtherAgencies);
        Assert.NotEqual("+9647501112233", seen.Label);
    }

    [Fact]
    public void An_agency_sees_its_own_values_first_whichever_report_was_resolved_first()
    {
        var seen = EntityView.For(VisibleEntity.Of(Shared, "iq-border")!);

        Assert.Equal(["+9647709998877", "+447700900123"], seen.Attributes["number"].Select(v => v.Value));
        Assert.Equal(["iq-border", "uk-nca"], seen.Mentions.Select(m => m.Agency));
        Assert.Equal("+9647709998877", VisibleEntity.Of(Shared, "iq-border")!.Label);
    }

    [Fact]
    public void An_agency_released_to_nobody_else_sees_its_own_and_what_everyone_may_see()
    {
        var seen = VisibleEntity.Of(Shared, "eu-partner")!;

        Assert.Equal(["uk-nca"], seen.Mentions.Select(m => m.Agency));
        Assert.Equal(["iq-border", "krg-security"], seen.OtherAgencies);
        Assert.False(seen.Shows(Shared.Mentions[2]));
    }

    [Fact]
    public void An_entity_with_no_mention_the_agency_may_see_does_not_exist_for_it()
    {
        var hidden = Shared with { Mentions = [Shared.Mentions[0]] };

        Assert.Null(VisibleEntity.Of(hidden, "uk-nca"));
        Assert.NotNull(VisibleEntity.Of(hidden, "krg-security"));
    }

    [Fact]
    public void A_link_is_as_visible_as_its_report()
    {
        var link = new EntityLink { Agency = "krg-security", ReleasableTo = ["iq-border"] };

        Assert.True(VisibleEntity.Shows("iq-border", link));
        Assert.False(VisibleEntity.Shows("uk-nca", link));
    }
}
