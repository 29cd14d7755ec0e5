using System.Net;
using System.Net.Http.Headers;
using DigitalCity.Inspection.Cases;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// The measured path: <c>POST /api/inspection/cases</c> with a distinct <c>Idempotency-Key</c>, from
/// several grid officers in turn. Only 201 Created counts; anything else fails the round.
/// </summary>
sealed class ReportScenario(IReadOnlyList<HttpClient> officers, string runId) : IIntakeScenario
{
    static readonly Uri Cases = new("/api/inspection/cases", UriKind.Relative);
    static readonly MediaTypeHeaderValue Json = new("application/json");

    public string Name => "POST /api/inspection/cases";

    public bool ReportsCases => true;

    public Func<int, CancellationToken, Task<string?>> Prepare(int round, int count)
    {
        var bodies = SampleReports.Bodies(count, round);
        return async (i, cancellationToken) =>
        {
            using var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = Json;
            using var request = new HttpRequestMessage(HttpMethod.Post, Cases) { Content = content };
            request.Headers.Add(ReportCase.IdempotencyHeader, $"{runId}-{round}-{i}");
            using var response = await officers[i % officers.Count].SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.Created
                ? null
                : $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
        };
    }
}
