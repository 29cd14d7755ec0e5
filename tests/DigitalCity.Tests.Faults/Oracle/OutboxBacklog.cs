using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Tests.Faults.Hosting;

namespace DigitalCity.Tests.Faults.Oracle;

/// <summary>A service's events not yet confirmed by the broker, as its <c>/health/ready</c> reports them.</summary>
public static class OutboxBacklog
{
    static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<long> PendingAsync(ServiceProcess service, CancellationToken cancellationToken)
    {
        // Ready or not (the bus check may still be reconnecting), the answer lists every check.
        using var response = await Client.GetAsync(new Uri(service.Address, "/health/ready"), cancellationToken);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return report.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString()!.EndsWith("-outbox", StringComparison.Ordinal))
            .Sum(c => c.GetProperty("data").GetProperty("pending").GetInt64());
    }
}
