using Intel.EntityResolution.Decisions;
using Intel.EntityResolution.Entities;
using Intel.ServiceDefaults.Auth;

namespace Intel.EntityResolution.Tests.Decisions;

/// <summary>An analyst's merge and split decided on the entities as the analyst may see them, without storage.</summary>
public sealed class DecisionDeciderTests
{
    private static readonly Caller Analyst = new("uk-nca-analyst", "uk-nca", "Jane Analyst");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Mention Phone(string agency, string number, string[]? releasableTo = null) =>
        new(Guid.NewGuid(), "ph1", agency, releasableTo ?? [], new MentionedEntity { Ref = "ph1", Type = "phone", Number = number },
            [$"phone:{number}"], 1.0, ["exact"]);

    private static Entity Entity(string type, params Mention[] mentions) => new(Guid.NewGuid(), type, EntityStatus.Active, mentions);

    private static VisibleEntity? Seen(Entity entity) => VisibleEntity.Of(entity, Analyst.Agency);

    [Fact]
    public void Merging_moves_each_others_mentions_into_the_first()
    {
        var (first, second) = (Entity("phone", Phone("uk-nca", "+447700900001")), Entity("phone", Phone("uk-nca", "+447700900002")));

        var decided = MergeDecider.Decide(new MergeCommand([first.Id, second.Id], "Same handset", Analyst, Now), [Seen(first), Seen(second)]);

        Assert.False(decided.Refused);
        var merged = Assert.IsType<EntityMergedInto>(decided.Events[0].Event);
        Assert.Equal((second.Id, first.Id, "Same handset", "Jane Analyst"), (merged.EntityId, merged.Into, merged.Reason, merged.ByName));
        var absorbed = Assert.IsType<EntityAbsorbed>(decided.Events[1].Event);
        Assert.Equal(first.Id, decided.Events[1].EntityId);
        Assert.Equal(second.Mentions, absorbed.Mentions);
    }

    [Fact]
    public void A_merge_naming_an_unseen_a_merged_or_another_type_of_entity_is_refused_by_field()
    {
        var mine = Entity("phone", Phone("uk-nca", "+447700900001"));
        var hidden = Entity("phone", Phone("krg-security", "+9647501112233"));
        var gone = Entity("phone", Phone("uk-nca", "+447700900003")) with { MergedInto = mine.Id };
        var person = Entity("person", Phone("uk-nca", "+447700900004"));

        var refused = MergeDecider.Decide(new MergeCommand([mine.Id, hidden.Id, gone.Id], "r", Analyst, Now), [Seen(mine), Seen(hidden), Seen(gone)]);
        var types = MergeDecider.Decide(new MergeCommand([mine.Id, person.Id], "r", Analyst, Now), [Seen(mine), Seen(person)]);

        Assert.Empty(refused.Events);
        Assert.Equal(["No such entity."], refused.Refusals["ids[1]"]);
        Assert.Equal([$"Already merged into {mine.Id}."], refused.Refusals["ids[2]"]);
        Assert.Equal(["Entities of different types cannot be one."], types.Refusals["ids"]);
    }

    [Fact]
    public void Splitting_starts_the_new_entity_with_the_mentions_and_moves_only_identifiers_no_remaining_mention_carries()
    {
        var shared = Phone("uk-nca", "+447700900001");
        var moved = shared with { ReportId = Guid.NewGuid(), Selectors = ["phone:+447700900001", "imei:356938035643809"] };
        var entity = Entity("phone", shared, moved);
        var into = Guid.NewGuid();

        var decided = SplitDecider.Decide(new SplitCommand(entity.Id, [new(moved.ReportId, moved.Ref)], "Different handset", Analyst, Now, into), Seen(entity)!);

        Assert.Equal([into, into, entity.Id], decided.Events.Select(e => e.EntityId));
        Assert.IsType<EntityCreated>(decided.Events[0].Event);
        Assert.Equal([moved], Assert.IsType<EntitySplitFrom>(decided.Events[1].Event).Mentions);
        Assert.Equal([new MentionRef(moved.ReportId, moved.Ref)], Assert.IsType<MentionsSplitOff>(decided.Events[2].Event).Mentions);
        Assert.Equal(["imei:356938035643809"], SplitDecider.KeysMoving(entity, [moved]));
    }

    [Fact]
    public void A_split_of_an_unseen_mention_or_of_every_mention_is_refused_by_field()
    {
        var mine = Phone("uk-nca", "+447700900001");
        var theirs = Phone("krg-security", "+447700900001");
        var entity = Entity("phone", mine, theirs);

        var unseen = SplitDecider.Decide(new SplitCommand(entity.Id, [new(theirs.ReportId, theirs.Ref)], "r", Analyst, Now, Guid.NewGuid()), Seen(entity)!);
        var lone = Entity("phone", mine);
        var all = SplitDecider.Decide(new SplitCommand(lone.Id, [new(mine.ReportId, mine.Ref)], "r", Analyst, Now, Guid.NewGuid()), Seen(lone)!);

        Assert.Equal(["This entity has no such mention."], unseen.Refusals["mentions[0]"]);
        Assert.Equal(["Leave at least one mention on the entity."], all.Refusals["mentions"]);
        Assert.Empty(unseen.Events);
    }
}
