using System.Net;

namespace DigitalCity.Tests.Services.Support;

/// <summary>Checks on the RFC 9457 problems the APIs answer bad input with.</summary>
public static class ProblemAssertions
{
    /// <summary>The response is a 400 validation problem with an error under <paramref name="field"/>.</summary>
    public static async Task AssertNamesAsync(this HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}'");
    }
}
