using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using JasperFx.Events;
using Marten;
using Intel.Ingestion.Agencies;
using Intel.Ingestion.Resolution;
using Intel.Ingestion.Taxii;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Warmup;
using Contract = Intel.Contracts.Entities.V1;

namespace Intel.Ingestion.Reports;

/// <summary>
/// Before ingestion reports ready: a synthetic report naming every kind of entity is validated and standardised, its
/// reference looked up, its claim and its events (submitted, then resolved) committed and its TAXII objects written in a
/// rehearsal that is rolled back, its event mapped to <c>ReportIngested</c> as the outbox would, and its resolution received
/// through the consumer's queue and acknowledged unapplied; then the report is posted through ingestion's own request
/// pipeline with a TLP that refuses it. So the first partner's report meets a compiled endpoint, parsers, standardisers,
/// write path and STIX export, a ready publish endpoint and a ready receive. Nothing is stored.
/// </summary>
internal sealed class IntakeWarmup(
    IDocumentStore store, KnownAgencies agencies, CommitRehearsal rehearsal, OutboxWarmup outbox, ReceiveWarmup receive,
    RequestRehearsal requests, TimeProvider clock)
    : IWarmup
{
    private const string Agency = "warm-up";

    /// <summary>A partner client allowed to submit reports, as its validated token makes it.</summary>
    private static readonly ClaimsPrincipal Partner = new(new ClaimsIdentity(
        [new Claim(Caller.ClientClaim, Agency), new Claim(Caller.AgencyClaim, Agency), new Claim(Caller.ScopeClaim, Scopes.ReportsWrite)],
        authenticationType: Agency));

    public async Task WarmAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        using var body = JsonDocument.Parse(Sample);
        var rules = new ReportRules(await agencies.CoveringAsync(ReleaseParser.NamedAgencies(body.RootElement), ct), now);
        var parsed = ReportSubmissionParser.Parse(body.RootElement, rules);
        if (parsed.Submission is not { } submission)
        {
            throw new InvalidOperationException($"The warm-up report is invalid: {string.Join("; ", parsed.Errors.Keys)}");
        }
        var hash = ContentHash.Of(submission);
        await using (var session = store.QuerySession())
        {
            await session.LoadAsync<ReportReference>(ReportReference.KeyFor(Agency, submission.Reference), ct);
            await session.LoadAsync<Report>(Guid.Empty, ct);
        }
        var submitted = new ReportSubmitted(Guid.CreateVersion7(), Agency, Agency, now, hash, submission);
        _ = Report.Create(submitted);
        // The reference is the warm-up's own, so a concurrent warm-up or a real claim never collides with it.
        var claim = ReportReference.KeyFor(Agency, $"warm-up-{submitted.ReportId:N}");
        await rehearsal.RehearseAsync(session =>
        {
            session.Insert(new ReportReference(claim, submitted.ReportId, hash));
            session.Events.StartStream<Report>(submitted.ReportId, submitted, new ReportResolved(now, new Dictionary<string, Guid>
            {
                ["p1"] = Guid.CreateVersion7(),
            }));
            session.Insert(new ProcessedMessage(ProcessedMessage.KeyFor(Agency, submitted.ReportId), submitted.ReportId, Agency, now));
        }, [submitted.ReportId], ct, async rehearsed =>
        {
            // The report's STIX objects, exported and written to the TAXII table as the daemon's projection does.
            var stream = await rehearsed.Events.FetchStreamAsync(submitted.ReportId, token: ct);
            new TaxiiObjectsProjection(IngestionApp.Schema).Project((IEvent<ReportSubmitted>)stream[0], rehearsed);
            await rehearsed.SaveChangesAsync(ct);
        });
        await outbox.WarmAsync([submitted], ct);
        await receive.WarmAsync<ReportResolvedConsumer, Contract.ReportResolved>(new Contract.ReportResolved
        {
            ReportId = submitted.ReportId, Reference = "warm-up", Agency = Agency, ReleasableTo = [], Tlp = "amber", ReceivedAt = now, ResolvedAt = now,
            Mentions = [new Contract.ResolvedMention { Ref = "p1", EntityId = Guid.CreateVersion7(), EntityType = "person", Selectors = [], NewEntity = true, HeldBy = [Agency] }],
            Links = [],
        }, ct);
        // Refused only once the whole report has been read and checked, as a partner's is, and so never stored.
        var refused = JsonNode.Parse(Sample)!;
        refused["tlp"] = "warm-up";
        var status = await requests.SendAsync(HttpMethod.Post, "/api/v1/reports", refused.ToJsonString(), Partner, ct);
        if (status != StatusCodes.Status400BadRequest)
        {
            throw new InvalidOperationException($"The warm-up's refused report was answered {status}, not 400.");
        }
    }

    private const string Sample = """
        {
          "reference": "warm-up", "observedAt": "2025-03-01T10:00:00Z", "summary": "Synthetic report, never stored.",
          "grading": { "source": "2", "intelligence": "B", "handling": "C", "conditions": "Not for court use" }, "tlp": "amber",
          "location": { "name": "Erbil", "country": "IQ", "lat": 36.2, "lon": 43.9 },
          "entities": [
            { "ref": "p1", "type": "person", "name": "Warmup Rehearsal", "aliases": ["وارم اب"], "dateOfBirth": "1984-03-02", "nationality": "IRQ", "gender": "male" },
            { "ref": "ph1", "type": "phone", "number": "0750 000 0000", "country": "IQ" },
            { "ref": "em1", "type": "email", "address": "warmup@example.invalid" },
            { "ref": "d1", "type": "document", "documentType": "passport", "number": "W0000000", "issuingCountry": "IRQ" },
            { "ref": "s1", "type": "social", "platform": "facebook", "handle": "warmup.rehearsal" },
            { "ref": "v1", "type": "vessel", "hullId": "XX-WARMUP-0", "name": "Warmup" },
            { "ref": "e1", "type": "engine", "make": "Yamaha", "model": "40HP", "serial": "WARMUP-0" },
            { "ref": "a1", "type": "account", "iban": "GB82WEST12345698765432", "kind": "bank" },
            { "ref": "c1", "type": "vehicle", "plate": "WARMUP0", "country": "GB" },
            { "ref": "o1", "type": "organisation", "name": "Warmup Rehearsal Ltd" },
            { "ref": "l1", "type": "location", "name": "Dunkirk", "country": "FR" }
          ],
          "links": [ { "from": "p1", "to": "ph1", "type": "uses" } ]
        }
        """;
}
