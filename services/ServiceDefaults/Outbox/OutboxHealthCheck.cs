using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>
/// How many of the service's events wait to be published (<c>pending</c> in the check's data). A backlog
/// never makes the service unready: while the broker is away requests are still accepted into the outbox,
/// and the count shows operators what will go out when it returns.
/// </summary>
public sealed class OutboxHealthCheck(IOutboxStore store) : IHealthCheck
{
    public const string PendingKey = "pending";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await store.CountPendingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{pending} event(s) waiting to be published.",
                new Dictionary<string, object> { [PendingKey] = pending });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The outbox cannot be read.", ex);
        }
    }
}
