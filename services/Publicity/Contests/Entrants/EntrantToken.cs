using System.Security.Cryptography;
using System.Text;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>
/// An entrant's bearer secret, sent in the <see cref="Header"/> header: 32 random bytes, base64url. Only its SHA-256
/// is stored — the token has 256 bits of entropy, so a plain hash cannot be reversed by guessing.
/// </summary>
public static class EntrantToken
{
    public const string Header = "X-Entrant-Token";

    public static (string Token, string Hash) Issue()
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
