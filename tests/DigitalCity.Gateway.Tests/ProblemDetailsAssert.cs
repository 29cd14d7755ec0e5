using System.Net;
using System.Text.Json;

namespace DigitalCity.Gateway.Tests;

/// <summary>Checks an error is an RFC 9457 problem that carries a trace id and the correlation id header.</summary>
public static class ProblemDetailsAssert
{
    /// <summary>A problem the gateway wrote for a failed forward: it also names the service.</summary>
    public static async Task<JsonElement> NamesServiceAsync(HttpResponseMessage response, HttpStatusCode status, string service)
    {
        var problem = await IsProblemAsync(response, status);
        Assert.Contains(service, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(service, problem.GetProperty("service").GetString());
        return problem;
    }

    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        HasCorrelationId(response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        return problem;
    }

    /// <summary>The id a client quotes when reporting a failure (<c>CorrelationMiddleware</c>).</summary>
    public static void HasCorrelationId(HttpResponseMessage response) =>
        Assert.False(
            string.IsNullOrWhiteSpace(response.Headers.TryGetValues("X-Correlation-Id", out var ids) ? string.Join(",", ids) : null),
            $"The {(int)response.StatusCode} answer has no X-Correlation-Id header.");
}
