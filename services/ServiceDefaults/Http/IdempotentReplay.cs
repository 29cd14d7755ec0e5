using Microsoft.AspNetCore.Http;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>
/// How a request that creates something (a report, a visit, a collection record) answers a retry that carries an
/// <c>Idempotency-Key</c> already used: the earlier result (200, <c>Idempotent-Replayed: true</c>) when the request
/// is the same, a 422 when the key came with another.
/// </summary>
public static class IdempotentReplay
{
    public const string Header = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotent-Replayed";

    public static ValidationErrors IdempotencyKey(this ValidationErrors errors, string? key) =>
        errors.Check(key is null || key.Length is > 0 and <= 128, Header, $"'{Header}' must be 1 to 128 characters.");

    /// <param name="earlierFingerprint">The fingerprint stored with what the key created first.</param>
    /// <param name="earlier">What the key created, for the 422's detail (e.g. "Case 20230122…").</param>
    public static IResult Answer<T>(string? earlierFingerprint, IdempotencyStamp stamp, string earlier, HttpContext http, Func<T> view)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(view);
        if (earlierFingerprint != stamp.Fingerprint)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "This Idempotency-Key was already used for a different request.",
                detail: $"{earlier} was created with this key; send a new key for a new request.");
        }

        http.Response.Headers[ReplayedHeader] = "true";
        return TypedResults.Ok(view());
    }
}
