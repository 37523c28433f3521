using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Keys;

/// <summary>
/// partner-gateway checks tokens with the keys of its own ring instead of fetching its key set over
/// HTTP. A token with an unknown kid (rotated on another instance) makes JwtBearer ask for a refresh,
/// which here means reading the ring again.
/// </summary>
internal sealed class OwnKeyConfiguration(SigningKeys keys, AuthSettings auth) : IConfigurationManager<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = auth.Issuer };
        foreach (var key in (await keys.CurrentAsync(cancel)).Published)
        {
            configuration.SigningKeys.Add(key);
        }
        return configuration;
    }

    public void RequestRefresh() => keys.Invalidate();
}
