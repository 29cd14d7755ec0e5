using DigitalCity.Inspection.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>One inspection host per test class; tests use their own users so they do not see each other's cases.</summary>
public sealed class InspectionFixture : IDisposable
{
    readonly TempDirectory _data = new();

    public InspectionFixture() => Factory = new ServiceFactory<InspectionHost>(_data.Path);

    public ServiceFactory<InspectionHost> Factory { get; }

    public HttpClient Officer(string userId) => Factory.ClientFor(userId, Roles.GridOfficer);

    public void Dispose()
    {
        Factory.Dispose();
        _data.Dispose();
    }
}
