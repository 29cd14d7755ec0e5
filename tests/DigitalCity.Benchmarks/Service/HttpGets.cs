using System.Net;

namespace DigitalCity.Benchmarks.Service;

/// <summary>Query operations for <see cref="LoadRunner"/>: GET request <c>i</c>, where only 200 OK counts.</summary>
static class HttpGets
{
    /// <param name="urls">Drawn before the clock starts, one per operation.</param>
    public static Func<int, CancellationToken, Task<string?>> Ok(HttpClient client, IReadOnlyList<Uri> urls) => async (i, cancellationToken) =>
    {
        using var response = await client.GetAsync(urls[i], cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? null
            : $"{(int)response.StatusCode} from {urls[i]}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
    };
}
