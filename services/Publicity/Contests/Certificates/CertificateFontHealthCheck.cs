using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>
/// The certificate font in <c>/health/ready</c>: degraded (still ready, HTTP 200) when there is none, naming
/// <c>Publicity:Certificates:FontPath</c> — the rest of the service works without it, but no certificate can be issued.
/// </summary>
public sealed class CertificateFontHealthCheck(CertificateFont font) : IHealthCheck
{
    public const string Name = "publicity-certificate-font";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(font.Path is { } path
            ? HealthCheckResult.Healthy($"Certificates are drawn with {path}.")
            : HealthCheckResult.Degraded(font.Problem));
}
