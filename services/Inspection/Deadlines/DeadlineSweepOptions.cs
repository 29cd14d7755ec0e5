using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>Configuration section <c>Inspection:DeadlineSweep</c>.</summary>
public sealed class DeadlineSweepOptions
{
    public const string Section = "Inspection:DeadlineSweep";

    /// <summary>How often the open, dispatched cases are measured against their deadlines.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Cases read per page while sweeping.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Reads the section and refuses an interval a timer cannot hold (one second to 49 days).</summary>
    public static DeadlineSweepOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DeadlineSweepOptions>() ?? new DeadlineSweepOptions();
        if (options.Interval < TimeSpan.FromSeconds(1) || options.Interval > TimeSpan.FromDays(49) || options.PageSize is < 1 or > 1000)
        {
            throw new InvalidOperationException(
                "Inspection:DeadlineSweep:Interval must be between 00:00:01 and 49.00:00:00, and PageSize between 1 and 1000.");
        }

        return options;
    }
}
