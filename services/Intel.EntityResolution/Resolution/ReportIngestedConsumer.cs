using System.Diagnostics;
using Marten;
using MassTransit;
using Intel.Contracts.Entities.V1;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.ServiceDefaults.Messaging;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// Resolves each entity of a new report to a canonical entity by its exact keys, creating one
/// when nothing matches, and records the outcome for the report.
/// </summary>
public sealed class ReportIngestedConsumer(IDocumentStore store, ILogger<ReportIngestedConsumer> logger)
    : IdempotentConsumer<ReportIngested>(store, logger)
{
    public static readonly ActivitySource Source = new("Intel.EntityResolution");

    protected override async Task HandleAsync(ConsumeContext<ReportIngested> context, IDocumentSession session)
    {
        var report = context.Message;
        using var activity = Source.StartActivity("report resolve");
        activity?.SetTag("intel.report.id", report.ReportId);
        var ct = context.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var claimedHere = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var mentions = new List<ResolvedMention>();

        foreach (var reported in report.Entities)
        {
            var keys = MatchKeys.Of(reported);
            var claims = keys.Count == 0 ? [] : await session.LoadManyAsync<EntityKey>(ct, keys);
            var existingId = claims.Select(c => (Guid?)c.EntityId).FirstOrDefault()
                ?? keys.Where(claimedHere.ContainsKey).Select(k => (Guid?)claimedHere[k]).FirstOrDefault();
            var entityId = existingId ?? Guid.CreateVersion7();
            var existing = existingId is { } id ? await session.LoadAsync<Entity>(id, ct) : null;
            if (existingId is null)
            {
                session.Events.StartStream<Entity>(entityId, new EntityCreated(entityId, reported.Type, now));
            }
            foreach (var key in keys.Where(k => claims.All(c => c.Id != k) && !claimedHere.ContainsKey(k)))
            {
                session.Insert(new EntityKey(key, entityId));
                claimedHere[key] = entityId;
            }

            var forgery = Forgery.ReasonFor(reported, report);
            var matched = claims.Select(c => c.Id).ToList();
            var reasons = matched.Count > 0 ? matched.Select(k => $"exact:{k}").ToList() : ["new-entity"];
            session.Events.Append(entityId, new MentionAdded(entityId, report.ReportId, reported.Ref, report.Agency,
                report.ReleasableTo, reported, keys, matched.Count > 0 ? 1.0 : 0.0, reasons, now, report.Grading));
            mentions.Add(new ResolvedMention
            {
                Ref = reported.Ref,
                EntityId = entityId,
                EntityType = reported.Type,
                Selectors = keys,
                NewEntity = existingId is null,
                HeldBy = [.. (existing?.HeldBy ?? []).Append(report.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                NewToAgency = existing?.HeldBy.Contains(report.Agency) != true,
                SuspectedForgery = forgery is not null,
                ForgeryReason = forgery,
                Names = reported.Type == "person" ? [.. new[] { reported.Name }.Concat(reported.Aliases ?? []).OfType<string>()] : null,
                DateOfBirth = reported.Type == "person" ? reported.DateOfBirth : null,
            });
        }

        var byRef = mentions.ToDictionary(m => m.Ref, m => m.EntityId, StringComparer.Ordinal);
        session.Events.StartStream(report.ReportId, new ResolutionRecorded(new ReportResolved
        {
            ReportId = report.ReportId,
            Reference = report.Reference,
            Agency = report.Agency,
            ReleasableTo = report.ReleasableTo,
            Tlp = report.Tlp,
            Grading = report.Grading,
            ReceivedAt = report.ReceivedAt,
            ResolvedAt = now,
            Mentions = mentions,
            Links = [.. report.Links.Select(l => new ResolvedLink(byRef[l.From], byRef[l.To], l.Type))],
        }));
    }
}
