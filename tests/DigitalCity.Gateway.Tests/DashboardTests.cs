using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Gateway.Dashboard;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// The operators' dashboard asks the three services in parallel with the caller's token and merges what they answer;
/// a service that hangs leaves its section marked <c>timeout</c> and the whole <c>partial</c>, answered within the wait.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime
{
    FakeService inspection = null!;
    FakeService publicity = null!;
    WebApplication silent = null!;
    GatewayHost gateway = null!;
    readonly TaskCompletionSource never = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask InitializeAsync()
    {
        inspection = await FakeService.StartAsync();
        publicity = await FakeService.StartAsync();
        // A sanitation service that accepts every request and never answers.
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        silent = builder.Build();
        silent.Map("/{**path}", async (HttpContext context) =>
        {
            try
            {
                await never.Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        await silent.StartAsync(TestContext.Current.CancellationToken);
        gateway = await GatewayHost.StartAsync(
            GatewayHost.Destination("inspection", inspection.Address),
            GatewayHost.Destination("sanitation", FakeService.BoundAddress(silent)),
            GatewayHost.Destination("publicity", publicity.Address),
            "--Gateway:Dashboard:Timeout=00:00:03");
    }

    public async ValueTask DisposeAsync()
    {
        await gateway.DisposeAsync();
        never.TrySetResult();
        await silent.StopAsync();
        await silent.DisposeAsync();
        await inspection.DisposeAsync();
        await publicity.DisposeAsync();
    }

    static string Token(string role) => new TokenIssuer(new AuthOptions { SigningKey = GatewayHost.SigningKey }, TimeProvider.System).Issue("op-1", [role]).AccessToken;

    [Fact]
    public async Task Todays_figures_are_merged_and_a_hung_service_marks_the_result_partial()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get(DashboardEndpoint.Path, Token(Roles.Operator)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dashboard = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(dashboard.GetProperty("partial").GetBoolean());
        var sections = dashboard.GetProperty("sections");
        Assert.Equal("ok", sections.GetProperty("cases").GetProperty("status").GetString());
        var cases = sections.GetProperty("cases").GetProperty("data");
        Assert.Equal("/api/inspection/cases/counts", cases.GetProperty("path").GetString());
        Assert.StartsWith("Bearer ", cases.GetProperty("authorization").GetString(), StringComparison.Ordinal);
        Assert.Equal("timeout", sections.GetProperty("tonnage").GetProperty("status").GetString());
        var figures = sections.GetProperty("figures").GetProperty("data");
        Assert.Equal(("/api/publicity/figures/daily", $"?date={dashboard.GetProperty("day").GetString()}"), (figures.GetProperty("path").GetString(), figures.GetProperty("query").GetString()));
        Assert.Equal("ok", sections.GetProperty("contests").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_centre_staff_see_the_dashboard()
    {
        using var anonymous = await gateway.SendAsync(GatewayHost.Get(DashboardEndpoint.Path));
        using var officer = await gateway.SendAsync(GatewayHost.Get(DashboardEndpoint.Path, Token(Roles.GridOfficer)));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (anonymous.StatusCode, officer.StatusCode));
        Assert.Equal(0, inspection.Requests);
    }
}
