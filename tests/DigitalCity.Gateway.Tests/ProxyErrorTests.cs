using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>A service that is down, slow or missing yields a problem naming it, never a hang or an empty body.</summary>
public sealed class ProxyErrorTests
{
    [Fact]
    public async Task Closed_service_port_answers_502_problem_details()
    {
        await using var gateway = await GatewayHost.StartAsync(
            GatewayHost.Destination("inspection", GatewayHost.ClosedAddress()));

        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken()));

        await ProblemDetailsAssert.NamesServiceAsync(response, HttpStatusCode.BadGateway, "inspection");
    }

    [Fact]
    public async Task Service_that_never_answers_within_the_activity_timeout_answers_504_problem_details()
    {
        await using var service = await FakeService.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(
            GatewayHost.Destination("inspection", service.Address),
            "--ReverseProxy:Clusters:inspection:HttpRequest:ActivityTimeout=00:00:01");

        using var response = await gateway.SendAsync(GatewayHost.Get(FakeService.HangPath, GatewayHost.IssueToken()));

        await ProblemDetailsAssert.NamesServiceAsync(response, HttpStatusCode.GatewayTimeout, "inspection");
    }

    [Fact]
    public async Task Route_timeout_shorter_than_the_activity_timeout_answers_504_problem_details()
    {
        await using var service = await FakeService.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(
            GatewayHost.Destination("inspection", service.Address),
            "--ReverseProxy:Routes:inspection-hang:ClusterId=inspection",
            "--ReverseProxy:Routes:inspection-hang:AuthorizationPolicy=default",
            $"--ReverseProxy:Routes:inspection-hang:Match:Path={FakeService.HangPath}",
            "--ReverseProxy:Routes:inspection-hang:Timeout=00:00:01");

        using var response = await gateway.SendAsync(GatewayHost.Get(FakeService.HangPath, GatewayHost.IssueToken()));

        await ProblemDetailsAssert.NamesServiceAsync(response, HttpStatusCode.GatewayTimeout, "inspection");
    }

    [Fact]
    public async Task Cluster_without_destinations_answers_503_problem_details()
    {
        await using var gateway = await GatewayHost.StartAsync(
            "--ReverseProxy:Routes:archive:ClusterId=archive",
            "--ReverseProxy:Routes:archive:AuthorizationPolicy=anonymous",
            "--ReverseProxy:Routes:archive:Match:Path=/api/archive/{**rest}",
            "--ReverseProxy:Clusters:archive:HttpRequest:ActivityTimeout=00:00:05");

        using var response = await gateway.SendAsync(GatewayHost.Get("/api/archive/records"));

        await ProblemDetailsAssert.NamesServiceAsync(response, HttpStatusCode.ServiceUnavailable, "archive");
    }

    [Fact]
    public async Task Problem_is_json_even_when_the_client_accepts_only_html()
    {
        await using var gateway = await GatewayHost.StartAsync(
            GatewayHost.Destination("inspection", GatewayHost.ClosedAddress()));
        using var request = GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken());
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await gateway.SendAsync(request);

        await ProblemDetailsAssert.NamesServiceAsync(response, HttpStatusCode.BadGateway, "inspection");
    }
}
