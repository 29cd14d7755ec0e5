using System.Net;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// The floor: <c>GET /health/live</c> on the same host with the same client, connections and token. It
/// pays Kestrel, HTTP/1.1 on loopback, the middleware pipeline and bearer-token validation (the
/// authentication middleware validates the token on every request), and nothing of the service's work.
/// </summary>
sealed class HealthScenario(HttpClient client) : IIntakeScenario
{
    static readonly Uri Live = new("/health/live", UriKind.Relative);

    public string Name => "GET /health/live";

    public bool ReportsCases => false;

    public Func<int, CancellationToken, Task<string?>> Prepare(int round, int count) => async (_, cancellationToken) =>
    {
        using var response = await client.GetAsync(Live, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode} from /health/live";
    };
}
