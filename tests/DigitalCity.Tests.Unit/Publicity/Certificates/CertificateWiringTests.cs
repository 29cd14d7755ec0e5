using DigitalCity.Publicity.Contests.Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalCity.Tests.Unit.Publicity.Certificates;

/// <summary><c>AddCertificates</c>: the service starts without a font, and its health says which setting to fix.</summary>
public class CertificateWiringTests
{
    [Fact]
    public async Task Without_a_font_the_service_starts_and_its_health_is_degraded_naming_the_setting()
    {
        await using var app = Build("/nowhere/certificate.ttf");

        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        var entry = report.Entries[CertificateFontHealthCheck.Name];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("Publicity:Certificates:FontPath", entry.Description, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<CertificateRenderer>().Render(
            new("JZ-2023-001", "大赛", "李明", "作品", "一等奖", 1000, 1, new DateOnly(2023, 2, 20), "焦作市城市管理局")));
    }

    [Fact]
    public async Task With_the_installed_font_the_health_is_healthy_and_registering_twice_is_harmless()
    {
        var path = InstalledFont.Require().Path!;
        await using var first = Build(path);
        await using var second = Build(path);

        var report = await second.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, report.Entries[CertificateFontHealthCheck.Name].Status);
        Assert.NotSame(first.Services.GetRequiredService<CertificateRenderer>(), second.Services.GetRequiredService<CertificateRenderer>());
        Assert.Same(second.Services.GetRequiredService<CertificateRenderer>(), second.Services.GetRequiredService<CertificateRenderer>());
    }

    static WebApplication Build(string fontPath)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[CertificateOptions.FontPathSetting] = fontPath;
        builder.AddCertificates();
        return builder.Build();
    }
}
