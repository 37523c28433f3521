using Intel.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Intel.Ingestion.Tests.Listing;

/// <summary>A platform of its own whose ingestion clock the tests set, so reports can tie on receipt time.</summary>
public sealed class ReportSearchFixture : PlatformFixture
{
    public ReceiptClock Clock { get; } = new();

    protected override string Name => "report-search";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        if (part == "ingestion")
        {
            builder.Services.AddSingleton<TimeProvider>(Clock);
        }
    }
}

public sealed class ReceiptClock : TimeProvider
{
    private DateTimeOffset? _now;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now ?? System.GetUtcNow();
}
