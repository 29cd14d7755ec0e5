using System.Net;
using System.Text.Json;

namespace DigitalCity.Gateway.Tests;

/// <summary>Checks an error is an RFC 9457 problem that names the service and carries a trace id.</summary>
public static class ProblemDetailsAssert
{
    public static async Task<JsonElement> NamesServiceAsync(HttpResponseMessage response, HttpStatusCode status, string service)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(service, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(service, problem.GetProperty("service").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        return problem;
    }
}
