using Microsoft.AspNetCore.Authentication.JwtBearer;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Keys;

public static class KeysSetup
{
    /// <summary>The signing-key ring: its settings, encryption, cache, maintenance, and its use for partner-gateway's own checks.</summary>
    public static WebApplicationBuilder AddSigningKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeySettings>().Bind(builder.Configuration.GetSection(AuthSettings.Section));
        builder.Services.AddSingleton<KeyProtector>();
        builder.Services.AddSingleton<SigningKeys>();
        builder.Services.AddSingleton<KeyRotation>();
        builder.Services.AddHostedService<KeyMaintenance>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeys, AuthSettings>((o, keys, auth) =>
            {
                o.MetadataAddress = string.Empty;
                o.Configuration = null;
                o.ConfigurationManager = new OwnKeyConfiguration(keys, auth);
            });
        return builder;
    }
}
