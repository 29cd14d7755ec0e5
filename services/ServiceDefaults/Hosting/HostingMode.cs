using Microsoft.Extensions.Configuration;

namespace DigitalCity.ServiceDefaults.Hosting;

/// <summary><c>Hosting:Mode</c>: <c>Standalone</c> (one process, embedded defaults) or <c>Distributed</c>.</summary>
public static class HostingMode
{
    public const string Key = "Hosting:Mode";
    public const string Standalone = "Standalone";

    public static bool IsStandalone(IConfiguration configuration) =>
        string.Equals(configuration[Key], Standalone, StringComparison.OrdinalIgnoreCase);
}
