using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Cases;

/// <summary>Configuration section <c>Inspection:Duplicates</c>: what counts as "the same incident".</summary>
public sealed class DuplicateOptions
{
    public const string Section = "Inspection:Duplicates";

    /// <summary>Open cases of the same category within this distance…</summary>
    public double RadiusMeters { get; set; } = 50;

    /// <summary>…reported within this window before the new report are suggested as duplicates.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    public static DuplicateOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DuplicateOptions>() ?? new DuplicateOptions();
        if (options.RadiusMeters is <= 0 or > 10_000 || options.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Inspection:Duplicates:RadiusMeters must be in (0, 10000] and Window positive.");
        }

        return options;
    }
}
