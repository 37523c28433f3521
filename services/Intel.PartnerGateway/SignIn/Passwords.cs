using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace Intel.PartnerGateway.SignIn;

/// <summary>
/// Argon2id (RFC 9106) with a per-password salt, 19 MiB, two passes: OWASP's memory-hard baseline, which
/// makes guessing on stolen hashes cost memory as well as time. The format carries its parameters.
/// </summary>
public static class Passwords
{
    public const int MinLength = 12;
    private const int MemoryKiB = 19 * 1024;
    private const int Passes = 2;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Verified against when no account matches, so an unknown email costs as long as a wrong password.</summary>
    private static readonly Lazy<string> Decoy = new(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))));

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, MemoryKiB, Passes, HashBytes);
        return $"argon2id$m={MemoryKiB},t={Passes},p=1${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string? stored)
    {
        var parts = (stored ?? Decoy.Value).Split('$');
        var parameters = parts.Length == 4 && parts[0] == "argon2id" ? parts[1].Split(',') : [];
        if (parameters.Length != 3
            || !int.TryParse(parameters[0].AsSpan(2), out var memory) || !int.TryParse(parameters[1].AsSpan(2), out var passes))
        {
            return false;
        }
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(password, Convert.FromBase64String(parts[2]), memory, passes, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && stored is not null;
    }

    private static byte[] Derive(string password, byte[] salt, int memoryKiB, int passes, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt, MemorySize = memoryKiB, Iterations = passes, DegreeOfParallelism = 1,
        };
        return argon.GetBytes(length);
    }
}
