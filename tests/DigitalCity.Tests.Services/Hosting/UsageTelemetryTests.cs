using DigitalCity.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalCity.Tests.Services.Hosting;

/// <summary>The services' bus sends nothing to third parties: MassTransit's usage report is switched off.</summary>
public class UsageTelemetryTests
{
    [Theory]
    [InlineData(MessageTransport.InMemory)]
    [InlineData(MessageTransport.RabbitMq)]
    public void The_bus_does_not_report_its_usage_to_MassTransits_makers(MessageTransport transport)
    {
        var options = new MessagingOptions { Transport = transport };
        options.RabbitMq.Host = "localhost";
        options.RabbitMq.Username = "guest";
        options.RabbitMq.Password = "guest";
        using var provider = new ServiceCollection().AddMessaging(options, []).BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
