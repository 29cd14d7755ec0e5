using DigitalCity.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Publicity.Contests.Certificates;

/// <summary>Wires award certificates: the font chosen from <c>Publicity:Certificates</c>, its health check, the renderer and the options (the issuer).</summary>
public static class CertificatesModule
{
    public static void AddCertificates(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CertificateOptions.Section).Get<CertificateOptions>() ?? new CertificateOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(CertificateFont.From(options));
        builder.Services.AddSingleton<CertificateRenderer>();
        builder.Services.AddHealthChecks().AddCheck<CertificateFontHealthCheck>(CertificateFontHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
    }
}
