using DigitalCity.Sanitation.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation;

public sealed class SanitationFixture : IDisposable
{
    readonly TempDirectory _data = new();

    public SanitationFixture()
    {
        Factory = new ServiceFactory<SanitationHost>(_data.Path);
        Staff = Factory.ClientFor("crew-7", Roles.SanitationStaff);
        Supervisor = Factory.ClientFor("lead-1", Roles.SanitationSupervisor);
    }

    public ServiceFactory<SanitationHost> Factory { get; }

    public HttpClient Staff { get; }

    public HttpClient Supervisor { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _data.Dispose();
    }
}
