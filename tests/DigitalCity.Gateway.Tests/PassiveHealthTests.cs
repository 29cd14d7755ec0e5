using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// Passive health (TransportFailureRate): a destination that refuses connections leaves the rotation once enough of
/// its requests have failed, and the cluster's other destination then serves every request.
/// </summary>
public sealed class PassiveHealthTests
{
    /// <summary>In a row, after which the dead destination is out: by chance alone, two in a million.</summary>
    const int SuccessesInARow = 20;

    [Fact]
    public async Task A_destination_that_refuses_connections_leaves_the_rotation()
    {
        await using var service = await FakeService.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(
            $"--ReverseProxy:Clusters:inspection:Destinations:primary:Address={GatewayHost.ClosedAddress()}",
            $"--ReverseProxy:Clusters:inspection:Destinations:secondary:Address={service.Address}");
        var token = GatewayHost.IssueToken();

        var failures = 0;
        var inARow = 0;
        // Bounded by a count, not a clock: YARP needs 10 requests to a destination before it judges its failure rate.
        for (var sent = 0; sent < 400 && inARow < SuccessesInARow; sent++)
        {
            using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                inARow++;
            }
            else
            {
                await ProblemDetailsAssert.NamesServiceAsync(response, HttpStatusCode.BadGateway, "inspection");
                failures++;
                inARow = 0;
            }
        }

        Assert.Equal(SuccessesInARow, inARow);
        Assert.InRange(failures, 1, 30);
    }
}
