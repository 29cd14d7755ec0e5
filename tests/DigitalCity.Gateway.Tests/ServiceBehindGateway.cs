namespace DigitalCity.Gateway.Tests;

/// <summary>
/// A fake service behind the real gateway, both started before each test and stopped after it; the service is every
/// cluster's destination.
/// </summary>
public abstract class ServiceBehindGateway : IAsyncLifetime
{
    static readonly string[] Clusters = ["inspection", "sanitation", "publicity"];

    protected FakeService Service { get; private set; } = null!;

    protected GatewayHost Gateway { get; private set; } = null!;

    /// <summary>Gateway arguments beside the destinations, e.g. small limits.</summary>
    protected virtual IEnumerable<string> GatewayArguments => [];

    public async ValueTask InitializeAsync()
    {
        Service = await FakeService.StartAsync();
        Gateway = await GatewayHost.StartAsync([.. Clusters.Select(c => GatewayHost.Destination(c, Service.Address)), .. GatewayArguments]);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Service.DisposeAsync();
    }
}
