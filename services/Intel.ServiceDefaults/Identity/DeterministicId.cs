using System.Security.Cryptography;
using System.Text;

namespace Intel.ServiceDefaults.Identity;

/// <summary>
/// Ids derived from content: the first 16 bytes of its SHA-256, so the same content always gives the same id
/// (a second alert, registration or message for it then collides instead of being written twice). Ids already
/// stored were made this way: changing it would orphan them.
/// </summary>
public static class DeterministicId
{
    public static Guid Of(string content) => Of(Encoding.UTF8.GetBytes(content));

    public static Guid Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return new Guid(hash[..16]);
    }
}
