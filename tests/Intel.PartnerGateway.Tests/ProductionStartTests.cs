using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>
/// partner-gateway in production on a fresh store: it refuses to start while a secret or key setting is
/// missing and names the setting (the console's OpenID client secret too), or when asked to seed people; once its first signing key is in the store, it no longer needs the PEM.
/// </summary>
public sealed class ProductionStartTests
{
    private static readonly string[] Agencies = ["uk-nca", "uk-homeoffice", "krg-security", "iq-border", "eu-partner"];

    [Fact]
    public async Task Production_names_each_missing_setting_and_keeps_the_first_configured_key_in_the_store()
    {
        string[] store = [$"--ConnectionStrings:postgres={await TestDatabase.CreateAsync("partnerprod")}",
            $"--ConnectionStrings:rabbitmq={await TestVirtualHost.CreateAsync("partnerprod")}"];
        string[] partnerSecrets = [.. Agencies.SelectMany((a, i) => new[] { $"--Partners:Agencies:{i}:Secrets:{a}-feed=s-{a}-feed", $"--Partners:Agencies:{i}:Secrets:{a}-analyst=s-{a}-analyst" })];
        string[] adminSecret = ["--Partners:Admin:Secret=s-admin", "--Oidc:Clients:0:Secret=s-console"];
        var kek = $"--Auth:KeyEncryptionKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}";
        using var rsa = RSA.Create(2048);
        var pem = $"--Auth:SigningKeyPem={rsa.ExportPkcs8PrivateKeyPem()}";

        Assert.Contains("Auth:KeyEncryptionKey", await StartFailureAsync([.. store]));
        Assert.Contains("Partners:Agencies:*:Secrets:uk-nca-feed", await StartFailureAsync([.. store, kek]));
        Assert.Contains("Partners:Admin:Secret", await StartFailureAsync([.. store, kek, .. partnerSecrets]));
        Assert.Contains("Auth:SigningKeyPem", await StartFailureAsync([.. store, .. partnerSecrets, .. adminSecret, kek]));
        Assert.Contains("Oidc:Clients:*:Secret", await StartFailureAsync([.. store, .. partnerSecrets, adminSecret[0], kek, pem]));
        Assert.Contains("People:Seed", await StartFailureAsync([.. store, .. partnerSecrets, .. adminSecret, kek, pem, "--People:Seed=true"]));
        Assert.Null(await StartFailureAsync([.. store, .. partnerSecrets, .. adminSecret, kek, pem]));
        Assert.Null(await StartFailureAsync([.. store, .. partnerSecrets, .. adminSecret, kek]));
        var otherKek = $"--Auth:KeyEncryptionKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}";
        Assert.Contains("Auth:KeyEncryptionKey", await StartFailureAsync([.. store, .. partnerSecrets, .. adminSecret, otherKek]));
    }

    /// <summary>Starts and stops partner-gateway; answers why it refused to start, or null when it started.</summary>
    private static async Task<string?> StartFailureAsync(string[] settings)
    {
        string[] args =
        [
            "--environment=Production", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Critical",
            "--Auth:Authority=http://127.0.0.1:9", .. settings,
        ];
        WebApplication app = PartnerGatewayApp.Build(args);
        try
        {
            await app.StartAsync();
            await app.StopAsync();
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or AggregateException or CryptographicException)
        {
            // A host whose start failed has nothing to stop; disposing it releases what did start.
            return e.ToString();
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
