namespace DigitalCity.Inspection.Cases;

/// <summary>The reporter-scoped idempotency key and the fingerprint of the request it came with.</summary>
public sealed record IdempotencyStamp(string ScopedKey, string Fingerprint);
