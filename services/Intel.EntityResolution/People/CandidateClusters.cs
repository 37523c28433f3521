using Marten;
using Npgsql;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.People;

/// <summary>What resolution needs of a candidate entity besides its mentions' records: whom an analyst kept it apart from, and which agencies hold it.</summary>
public sealed record EntityStanding(Guid Id, IReadOnlyList<Guid> KeptApart, IReadOnlyList<string> HeldBy);

/// <summary>A candidate person entity with the records of its mentions (at most the resolver's member limit).</summary>
public sealed record CandidateCluster(Guid Id, EntityStanding Standing, IReadOnlyList<PersonRecord> Members)
{
    public bool MayJoin(CandidateCluster other) => !Standing.KeptApart.Contains(other.Id) && !other.Standing.KeptApart.Contains(Id);
}

public static class CandidateClusters
{
    /// <summary>
    /// The active entities the candidate records belong to now, each with its first <paramref name="maxMembers"/> mentions'
    /// records, in the order of each entity's oldest candidate record. Records of the report being resolved are left out:
    /// a report names two people because they are two. Only each entity's standing is read, not its document, which holds
    /// every mention with what was reported; and only the members scored are read, not every mention of an entity named
    /// thousands of times. One statement: it runs for every person of every report, inside the transaction holding the
    /// report's blocking keys, so each round trip saved shortens the time other reports wait on them. The standing is
    /// materialised because an entity's document is compressed out of line: each field read from it decompresses it whole.
    /// </summary>
    public static async Task<IReadOnlyList<CandidateCluster>> LoadAsync(
        NpgsqlConnection connection, ISerializer serializer, string schema, IReadOnlyList<long> candidates, Guid reportId, int maxMembers,
        CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return [];
        }
        await using var command = new NpgsqlCommand($"""
            WITH found AS (
                SELECT CAST(m.data ->> 'entityId' AS uuid) AS entity_id, min(m.id) AS first
                FROM {schema}.mt_doc_personmention m
                WHERE m.id = ANY(@candidates) AND CAST(m.data ->> 'reportId' AS uuid) <> @report
                GROUP BY 1),
            standing AS MATERIALIZED (
                SELECT e.id, f.first, e.data -> 'status' AS status, e.data -> 'keptApart' AS kept_apart, e.data -> 'heldBy' AS held_by
                FROM found f JOIN {schema}.mt_doc_entity e ON e.id = f.entity_id)
            SELECT s.id, ARRAY(SELECT CAST(k AS uuid) FROM jsonb_array_elements_text(s.kept_apart) AS k),
                   ARRAY(SELECT jsonb_array_elements_text(s.held_by)), m.data
            FROM standing s
            CROSS JOIN LATERAL (
                SELECT p.id, p.data FROM {schema}.mt_doc_personmention p
                WHERE CAST(p.data ->> 'entityId' AS uuid) = s.id ORDER BY p.id LIMIT @max) m
            WHERE s.status = CAST(@active AS jsonb)
            ORDER BY s.first, m.id
            """, connection);
        command.Parameters.AddWithValue("candidates", candidates.ToArray());
        command.Parameters.AddWithValue("report", reportId);
        command.Parameters.AddWithValue("max", maxMembers);
        command.Parameters.AddWithValue("active", serializer.ToJson(EntityStatus.Active));
        var clusters = new List<(EntityStanding Standing, List<PersonRecord> Members)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (clusters.Count == 0 || clusters[^1].Standing.Id != id)
            {
                clusters.Add((new EntityStanding(id, reader.GetFieldValue<Guid[]>(1), reader.GetFieldValue<string[]>(2)), []));
            }
            clusters[^1].Members.Add(serializer.FromJson<PersonMention>(reader, 3).Record);
        }
        return [.. clusters.Select(c => new CandidateCluster(c.Standing.Id, c.Standing, c.Members))];
    }
}
