using System.Reflection;

namespace Intel.Gateway.Tests;

/// <summary>The gateway keeps no events: it carries neither the store nor the bus, so neither can fail or be patched in it.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void The_gateway_loads_no_store_and_no_bus()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<AssemblyName>([typeof(GatewayApp).Assembly.GetName()]);
        while (next.TryPop(out var name))
        {
            if (!seen.Add(name.Name!) || name.Name!.StartsWith("System", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                next.Push(reference);
            }
        }

        Assert.Contains("Intel.ServiceDefaults", seen);
        Assert.DoesNotContain(seen, n => n.StartsWith("Marten", StringComparison.Ordinal) || n.StartsWith("Npgsql", StringComparison.Ordinal)
            || n is "MassTransit" or "MassTransit.RabbitMqTransport" || n.StartsWith("Intel.ServiceDefaults.Events", StringComparison.Ordinal));
    }
}
