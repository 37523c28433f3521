using System.Diagnostics;
using System.Text.Json;
using Marten;
using Npgsql;
using Intel.Ingestion.Agencies;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Reports;

/// <summary>
/// Accepts one report: validate everything, then store the report and claim its reference in a
/// single transaction. A rejected report writes nothing.
/// </summary>
public sealed class ReportIntake(IDocumentStore store, KnownAgencies agencies, TimeProvider clock)
{
    public static readonly ActivitySource Source = new("Intel.Ingestion");

    /// <param name="complete">What an import adds to the validated submission that the public body cannot carry.</param>
    public async Task<IntakeResult> AcceptAsync(JsonElement body, Caller caller, CancellationToken ct, Func<ReportSubmission, ReportSubmission>? complete = null)
    {
        using var activity = Source.StartActivity("report intake");
        activity?.SetTag("intel.agency", caller.Agency);

        var now = clock.GetUtcNow();
        var parsed = ReportSubmissionParser.Parse(body, new ReportRules(await agencies.CoveringAsync(ReleaseParser.NamedAgencies(body), ct), now));
        if (!parsed.IsValid)
        {
            return IntakeResult.Rejected(parsed.Errors);
        }
        var submission = complete is null ? parsed.Submission! : complete(parsed.Submission!);
        var hash = ContentHash.Of(submission);
        var key = ReportReference.KeyFor(caller.Agency, submission.Reference);

        for (var attempt = 0; ; attempt++)
        {
            await using var session = store.OpenTracedSession(caller.ClientId);
            var existing = await session.LoadAsync<ReportReference>(key, ct);
            var outcome = SubmissionDecision.Decide(existing, hash);
            if (outcome != SubmissionOutcome.Accepted)
            {
                return new IntakeResult(outcome, existing!.ReportId, submission.Reference);
            }

            var id = Guid.CreateVersion7();
            activity?.SetTag("intel.report.id", id);
            session.Insert(new ReportReference(key, id, hash));
            session.Events.StartStream<Report>(id, new ReportSubmitted(id, caller.Agency, caller.ClientId, now, hash, submission));
            try
            {
                await session.SaveChangesAsync(ct);
                return new IntakeResult(SubmissionOutcome.Accepted, id, submission.Reference);
            }
            catch (Exception e) when (attempt == 0 && IsUniqueViolation(e))
            {
                // Another request claimed this reference a moment ago: answer as that one decided.
            }
        }
    }

    private static bool IsUniqueViolation(Exception? e) =>
        e is not null && (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || IsUniqueViolation(e.InnerException));
}
