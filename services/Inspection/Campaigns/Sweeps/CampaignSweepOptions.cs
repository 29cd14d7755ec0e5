using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Campaigns.Sweeps;

/// <summary>Configuration section <c>Inspection:Campaigns:Sweep</c>: how often overdue rectifications and daily summaries are looked for.</summary>
public sealed class CampaignSweepOptions
{
    public const string Section = "Inspection:Campaigns:Sweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    public int PageSize { get; set; } = 100;

    /// <summary>How long after a city day ends its summary is published, so late uploads from the field are in it.</summary>
    public TimeSpan SummaryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many past days are looked at for summaries not yet published (after an outage, say).</summary>
    public int SummaryLookbackDays { get; set; } = 7;

    public static CampaignSweepOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<CampaignSweepOptions>() ?? new CampaignSweepOptions();
        if (options.Interval <= TimeSpan.Zero || options.PageSize is < 1 or > 1000 || options.SummaryDelay < TimeSpan.Zero || options.SummaryLookbackDays is < 1 or > 366)
        {
            throw new InvalidOperationException(
                $"{Section}: Interval must be positive, PageSize 1..1000, SummaryDelay not negative and SummaryLookbackDays 1..366.");
        }

        return options;
    }
}
