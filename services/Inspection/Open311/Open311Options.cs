using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Open311;

/// <summary>
/// Configuration section <c>Inspection:Open311</c>: the API keys of the 311 apps allowed to post service
/// requests, each naming its client (<c>ApiKeys:{key} = {client}</c>). The client name becomes the case's
/// reporter, <c>open311:{client}</c>. Reading needs no key, as the GeoReport v2 spec has it.
/// </summary>
public sealed class Open311Options
{
    public const string Section = "Inspection:Open311";

    /// <summary>API key → client name. Configuration keys are case-insensitive and cannot hold ':' — use long random letters and digits.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];

    /// <summary>The keys' SHA-256 hashes with their clients, so every check hashes the candidate once and compares equal lengths.</summary>
    IReadOnlyList<(byte[] Hash, string Client)> _keys = [];

    public static Open311Options From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<Open311Options>() ?? new Open311Options();
        if (options.ApiKeys.Any(k => string.IsNullOrWhiteSpace(k.Key) || string.IsNullOrWhiteSpace(k.Value)))
        {
            throw new InvalidOperationException("Inspection:Open311:ApiKeys: every key needs a client name.");
        }

        options._keys = [.. options.ApiKeys.Select(k => (Hash(k.Key), k.Value.Trim()))];
        return options;
    }

    /// <summary>
    /// The client <paramref name="apiKey"/> belongs to, or null for a missing or unknown key. Every
    /// configured key is compared, each in constant time, so the answer's timing tells nothing about them.
    /// </summary>
    public string? ClientFor(string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return null;
        }

        var candidate = Hash(apiKey);
        string? client = null;
        foreach (var (hash, name) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, candidate))
            {
                client = name;
            }
        }

        return client;
    }

    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
