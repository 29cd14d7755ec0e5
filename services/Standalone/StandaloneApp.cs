using DigitalCity.Inspection;
using DigitalCity.Publicity;
using DigitalCity.Sanitation;
using DigitalCity.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;

namespace DigitalCity.Standalone;

/// <summary>
/// The three services as modules of one process, serving the same public paths the gateway serves
/// in the distributed shape (<c>/api/inspection/...</c>, <c>/api/sanitation/...</c>, <c>/api/publicity/...</c>).
/// </summary>
public static class StandaloneApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        ServiceHost.Build(args, "digitalcity-standalone", [new InspectionModule(), new SanitationModule(), new PublicityModule()], configure);
}
