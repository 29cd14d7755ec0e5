using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DigitalCity.Inspection.Cases;

/// <summary>The reporter-scoped idempotency key and the fingerprint of the request it came with.</summary>
public sealed record IdempotencyStamp(string ScopedKey, string Fingerprint)
{
    /// <summary>The stamp of a request sent by <paramref name="userId"/> with <paramref name="key"/>; null without a key.</summary>
    public static IdempotencyStamp? For<TRequest>(string userId, string? key, TRequest request) =>
        key is null ? null : new IdempotencyStamp($"{userId}|{key}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request)))));
}
