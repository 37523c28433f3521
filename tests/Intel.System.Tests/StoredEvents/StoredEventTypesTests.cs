using System.Reflection;

namespace Intel.System.Tests.StoredEvents;

/// <summary>
/// Each service's stored events are its own records: none holds a wire contract, so a new contract version
/// never means rewriting stored history.
/// </summary>
public sealed class StoredEventTypesTests
{
    private static readonly Assembly[] Services =
    [
        typeof(Ingestion.IngestionApp).Assembly, typeof(EntityResolution.EntityResolutionApp).Assembly,
        typeof(Alerting.AlertingApp).Assembly, typeof(PartnerGateway.PartnerGatewayApp).Assembly,
    ];

    // Events stored on streams of their own, folded into no aggregate.
    private static readonly Type[] Unfolded =
    [
        typeof(EntityResolution.Resolution.ResolutionRecorded), typeof(EntityResolution.Entities.EntityRead), typeof(Ingestion.Reports.ReportRead),
    ];

    /// <summary>Every event an aggregate is created from or applies, and those stored unfolded.</summary>
    public static TheoryData<string> StoredEvents()
    {
        var folded = Services.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "Create" or "Apply" && m.GetParameters() is [var p] && Services.Contains(p.ParameterType.Assembly))
            .Select(m => m.GetParameters()[0].ParameterType);
        return [.. folded.Concat(Unfolded).Distinct().Select(t => t.AssemblyQualifiedName!).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(StoredEvents))]
    public void A_stored_event_references_no_contract_type(string eventType)
    {
        var contracts = ContractTypesIn(Type.GetType(eventType, throwOnError: true)!, []).ToList();

        Assert.True(contracts.Count == 0, $"{eventType} holds {string.Join(", ", contracts)}");
    }

    [Fact]
    public void The_three_events_that_held_contracts_are_among_those_checked() =>
        Assert.Superset(
            new Type[] { typeof(Ingestion.Reports.ReportSubmitted), typeof(EntityResolution.Entities.MentionAdded), typeof(EntityResolution.Resolution.ResolutionRecorded) }
                .Select(t => t.AssemblyQualifiedName!).ToHashSet(),
            StoredEvents().Cast<object[]>().Select(row => (string)row[0]).ToHashSet());

    /// <summary>Contract types reachable from the type's public properties, element types and type arguments.</summary>
    private static IEnumerable<string> ContractTypesIn(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }
        if (type.Namespace?.StartsWith("Intel.Contracts", StringComparison.Ordinal) == true)
        {
            yield return type.FullName!;
            yield break;
        }
        var inner = type.GetGenericArguments().Concat(type.HasElementType ? [type.GetElementType()!] : []);
        if (type.Namespace?.StartsWith("Intel.", StringComparison.Ordinal) == true)
        {
            inner = inner.Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType));
        }
        foreach (var found in inner.SelectMany(t => ContractTypesIn(t, seen)))
        {
            yield return found;
        }
    }
}
