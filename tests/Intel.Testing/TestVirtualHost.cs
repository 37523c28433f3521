using System.Net.Http.Headers;
using System.Text;

namespace Intel.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class: its own exchanges and queues. Its name starts
/// with "test-" so deploy/local/clean-test-data.sh can remove it (a broker with hundreds of leftover
/// virtual hosts takes minutes to boot).
/// </summary>
public static class TestVirtualHost
{
    public static async Task<string> CreateAsync(string prefix)
    {
        var servers = await Servers.GetAsync();
        var name = $"test-{prefix}-{Guid.NewGuid():N}";
        var management = servers.RabbitManagement;
        var user = Uri.UnescapeDataString(management.UserInfo.Split(':')[0]);
        using var client = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        (await client.PutAsync($"/api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await client.PutAsync($"/api/permissions/{name}/{Uri.EscapeDataString(user)}", permissions)).EnsureSuccessStatusCode();
        return new UriBuilder(servers.RabbitMq) { Path = "/" + name }.Uri.ToString();
    }
}
