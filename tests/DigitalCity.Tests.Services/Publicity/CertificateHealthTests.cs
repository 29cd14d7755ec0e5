using System.Net;
using DigitalCity.Publicity.Host;
using DigitalCity.Tests.Services.Support;
using Microsoft.AspNetCore.Hosting;

namespace DigitalCity.Tests.Services.Publicity;

/// <summary>The publicity host without a certificate font: it starts and serves, and <c>/health/ready</c> says which setting to fix.</summary>
public sealed class CertificateHealthTests : IDisposable
{
    readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Without_a_font_the_host_is_ready_but_reports_the_certificate_font_degraded_naming_the_setting()
    {
        using var factory = new ServiceFactory<PublicityHost>(_data.Path)
            .WithWebHostBuilder(b => b.UseSetting("Publicity:Certificates:FontPath", Path.Combine(_data.Path, "missing.ttc")));

        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var font = (await response.ReadJsonAsync()).GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "publicity-certificate-font");
        Assert.Equal("Degraded", font.GetProperty("status").GetString());
        Assert.Contains("Publicity:Certificates:FontPath", font.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
