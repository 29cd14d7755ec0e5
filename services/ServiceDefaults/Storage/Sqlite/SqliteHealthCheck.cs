using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>Ready when the service's SQLite file opens and answers a query.</summary>
public sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = SqliteDatabase.Command(connection, null, "SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("SQLite store is not reachable.", ex);
        }
    }
}
