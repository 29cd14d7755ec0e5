using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Places;

/// <summary>Configuration section <c>Inspection:Places</c>: grid import limits and the directory reload.</summary>
public sealed class PlacesOptions
{
    public const string Section = "Inspection:Places";

    /// <summary>
    /// The largest GeoJSON body an import accepts (413 beyond), 6 MiB: a few thousand detailed grids, and
    /// one import's stored document stays well under MongoDB's 16 MB limit. Import a larger layer by district.
    /// </summary>
    public long MaxImportBytes { get; set; } = 6 * 1024 * 1024;

    /// <summary>The most features one import accepts (400 beyond).</summary>
    public int MaxImportFeatures { get; set; } = 5000;

    /// <summary>How often a replica checks the store for imports made through another replica.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads the section and refuses values that cannot work.</summary>
    public static PlacesOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PlacesOptions>() ?? new PlacesOptions();
        if (options.MaxImportBytes < 1024 || options.MaxImportFeatures < 1
            || options.ReloadInterval < TimeSpan.FromSeconds(1) || options.ReloadInterval > TimeSpan.FromDays(1))
        {
            throw new InvalidOperationException(
                "Inspection:Places:MaxImportBytes must be at least 1024, MaxImportFeatures at least 1, and ReloadInterval between 00:00:01 and 1.00:00:00.");
        }

        return options;
    }
}
