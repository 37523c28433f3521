using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Intel.PartnerGateway.SignIn;

/// <summary>One Data Protection key as stored in partner-gateway's Marten store.</summary>
public sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// The sign-in cookie and anti-forgery tokens are sealed with ASP.NET Data Protection. Its keys live in the
/// store, so every replica opens what another sealed (a person's password step and code step may reach two).
/// </summary>
internal sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        // Data Protection reads synchronously, once at start and when its key ring is refreshed (daily).
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return [.. keys.Select(k => XElement.Parse(k.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        // Likewise synchronous, and only when it creates a key (every 90 days).
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

public static class SharedDataProtection
{
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("intel-partner-gateway");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new MartenXmlRepository(sp.GetRequiredService<IDocumentStore>())));
        return services;
    }
}
