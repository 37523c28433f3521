using System.Globalization;
using Intel.Bench.Load.Reports;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.People;
using Intel.EntityResolution.Resolution;

namespace Intel.Bench.Load.Preload;

public sealed record EventRow(long Seq, Guid Id, Guid Stream, int Version, object Data, DateTimeOffset At);

/// <summary>
/// The rows a batch of known people leaves in entity resolution's store, exactly as resolving each one's first
/// report would have written them: the person, their phone and passport as entities (a stream of two events
/// each and its inline snapshot), the exact keys claimed, the person's mention record and its blocking keys.
/// </summary>
public sealed class KnownChunk
{
    private static readonly Grading Grading = new("2", "B", "P", null);

    public List<(Guid Id, DateTimeOffset At)> Streams { get; } = [];
    public List<EventRow> Events { get; } = [];
    public List<Entity> Entities { get; } = [];
    public List<EntityKey> Keys { get; } = [];
    public List<PersonMention> Mentions { get; } = [];

    /// <summary>Adds person <paramref name="p"/>; <paramref name="seq"/> is the last event sequence used, advanced here.</summary>
    public void Add(Person p, long recordId, DateTimeOffset at, ref long seq, BlockingCounts blocking)
    {
        var reportId = Guid.CreateVersion7(at);
        IReadOnlyList<string> releasableTo = p.Id % 2 == 0 ? ["*"] : [];
        var person = new ReportedEntity
        {
            Ref = "p1", Type = "person", Name = p.LatinName, Aliases = [p.ArabicName],
            DateOfBirth = p.Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Nationality = p.Nationality,
            Gender = p.Female ? "female" : "male",
        };
        List<ReportedEntity> reported = [person, new ReportedEntity { Ref = "ph1", Type = "phone", Number = p.Phone.E164 }];
        List<ReportLink> links = [new("p1", "ph1", "uses")];
        if (p.Passport is { } passport)
        {
            reported.Add(new ReportedEntity { Ref = "d1", Type = "document", DocumentType = "passport", Number = passport.Number, IssuingCountry = passport.IssuingCountry });
            links.Add(new ReportLink("p1", "d1", "holds"));
        }
        var record = PersonRecords.From(recordId, person, reported, links);
        foreach (var entity in reported)
        {
            var selectors = entity.Type == "person" ? [] : MatchKeys.Of(entity);
            var id = AddEntity(entity, selectors, reportId, p.Agency, releasableTo, at, ref seq);
            Keys.AddRange(selectors.Select(s => new EntityKey(s, id)));
            if (entity.Type == "person")
            {
                Mentions.Add(new PersonMention { Id = recordId, EntityId = id, ReportId = reportId, Ref = entity.Ref, Record = record });
            }
        }
        blocking.Add(recordId, BlockingKeys.Of(record));
    }

    private Guid AddEntity(
        ReportedEntity reported, IReadOnlyList<string> selectors, Guid reportId, string agency, IReadOnlyList<string> releasableTo,
        DateTimeOffset at, ref long seq)
    {
        var id = Guid.CreateVersion7(at);
        var created = new EntityCreated(id, reported.Type, at);
        var mention = new MentionAdded(id, reportId, reported.Ref, agency, releasableTo, MentionedEntity.From(reported), selectors, 0, ["new-entity"], at,
            ReportGrading.From(Grading));
        Streams.Add((id, at));
        Events.Add(new EventRow(++seq, Guid.CreateVersion7(at), id, 1, created, at));
        Events.Add(new EventRow(++seq, Guid.CreateVersion7(at), id, 2, mention, at));
        Entities.Add(Entity.Create(created).Apply(mention));
        return id;
    }
}
