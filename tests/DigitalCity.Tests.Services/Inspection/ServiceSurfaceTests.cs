using System.Net;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>What every service exposes besides its API: health and its OpenAPI document.</summary>
public class ServiceSurfaceTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task Ready_checks_the_store_and_the_bus()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.ReadJsonAsync()).GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("inspection-store", checks);
        Assert.Contains(checks, name => name!.StartsWith("masstransit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_reports_the_deadline_sweeps_last_pass()
    {
        var sweep = await Eventually.ReturnsAsync(
            async () => (await (await fixture.Factory.CreateClient().GetAsync("/health/ready")).ReadJsonAsync())
                .GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "deadline-sweep"),
            check => check.GetProperty("description").GetString()!.StartsWith("Last pass finished at", StringComparison.Ordinal));

        Assert.Equal("Healthy", sweep.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Live_answers_without_checking_dependencies()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.ReadJsonAsync()).GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_case_endpoints_anonymously()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/api/inspection/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/inspection/cases", out _));
        Assert.True(paths.TryGetProperty("/api/inspection/cases/{id}", out _));
    }

    [Fact]
    public async Task Responses_carry_the_correlation_id_the_client_sent()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-Id", "field-app-42");

        var response = await fixture.Factory.CreateClient().SendAsync(request);

        Assert.Equal("field-app-42", response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
