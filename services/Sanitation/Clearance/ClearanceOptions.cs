using Microsoft.Extensions.Configuration;

namespace DigitalCity.Sanitation.Clearance;

/// <summary>Configuration section <c>Sanitation:Clearance</c>.</summary>
public sealed class ClearanceOptions
{
    public const string Section = "Sanitation:Clearance";

    /// <summary>By when (city-local) a point must be cleared each day, unless the point sets its own <c>clearBy</c>.</summary>
    public TimeOnly CutOff { get; set; } = new(20, 0);

    /// <summary>How often the sweep judges the days whose cut-off has passed.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many earlier days each pass also judges, so a sweep that was down catches up.</summary>
    public int LookBackDays { get; set; } = 2;

    public static ClearanceOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ClearanceOptions>() ?? new ClearanceOptions();
        if (options.SweepInterval <= TimeSpan.Zero || options.LookBackDays is < 0 or > 31)
        {
            throw new InvalidOperationException($"{Section}: SweepInterval must be positive and LookBackDays 0..31.");
        }

        return options;
    }
}
