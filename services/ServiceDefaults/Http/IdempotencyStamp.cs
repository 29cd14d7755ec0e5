using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>The caller-scoped idempotency key and the fingerprint of the request it came with.</summary>
public sealed record IdempotencyStamp(string ScopedKey, string Fingerprint)
{
    /// <summary>
    /// The stamp of <paramref name="request"/> sent by <paramref name="userId"/> with <paramref name="key"/>:
    /// keys are scoped to their sender, so two officers' keys never collide, and the fingerprint tells a
    /// retry of the same request from a key reused for a different one.
    /// </summary>
    public static IdempotencyStamp For<TRequest>(string userId, string key, TRequest request) =>
        new($"{userId}|{key}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request)))));
}
