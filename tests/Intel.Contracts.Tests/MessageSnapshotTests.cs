using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Intel.Contracts.Tests;

/// <summary>
/// Every contract message's JSON, as MassTransit puts it on the wire, is pinned by a snapshot:
/// an accidental rename or type change fails here before it breaks a consumer in production.
/// </summary>
public sealed class MessageSnapshotTests
{
    private static readonly JsonSerializerOptions Wire = new(SystemTextJsonMessageSerializer.Options) { WriteIndented = true };

    public static TheoryData<string> Messages => [.. Samples.All.Keys];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_json_matches_its_snapshot(string name)
    {
        var actual = JsonSerializer.Serialize(Samples.All[name], Samples.All[name].GetType(), Wire).ReplaceLineEndings("\n");
        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", $"{name}.json");

        if (Environment.GetEnvironmentVariable("INTEL_UPDATE_SNAPSHOTS") == "1")
        {
            // Deliberate contract changes regenerate the snapshots in the source tree, for review in the diff.
            File.WriteAllText(Path.Combine(SourceDirectory(), "Snapshots", $"{name}.json"), actual + "\n");
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot for {name}; expected:\n{actual}");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd(), actual.TrimEnd());
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(file)!;

    [Fact]
    public void Every_message_has_a_fixed_urn_and_exchange_name()
    {
        var messages = typeof(Reports.V1.ReportIngested).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Ingested", StringComparison.Ordinal) || t.Name.EndsWith("Resolved", StringComparison.Ordinal)
                || t.Name.EndsWith("Raised", StringComparison.Ordinal) || t.Name.EndsWith("Registered", StringComparison.Ordinal)
                || t.Name.EndsWith("Read", StringComparison.Ordinal) || t.Name.EndsWith("Removed", StringComparison.Ordinal)
                || t.Name.EndsWith("Released", StringComparison.Ordinal) || t.Name.EndsWith("Answered", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(Samples.All.Count, messages.Count);
        foreach (var type in messages)
        {
            var urn = type.GetCustomAttributes(typeof(MessageUrnAttribute), false).Cast<MessageUrnAttribute>().Single();
            var entity = type.GetCustomAttributes(typeof(EntityNameAttribute), false).Cast<EntityNameAttribute>().Single();
            Assert.StartsWith("urn:message:intel:", urn.Urn.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("intel.", entity.EntityName, StringComparison.Ordinal);
            Assert.Contains(".v1.", entity.EntityName, StringComparison.Ordinal);
        }
    }
}
