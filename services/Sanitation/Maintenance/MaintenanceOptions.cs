using Microsoft.Extensions.Configuration;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>Configuration section <c>Sanitation:Maintenance</c>: default due periods by priority and the overdue sweep.</summary>
public sealed class MaintenanceOptions
{
    public const string Section = "Sanitation:Maintenance";

    /// <summary>How long after opening an order of each priority is due when it names no due instant.</summary>
    public IDictionary<MaintenancePriority, TimeSpan> DueIn { get; set; } = new Dictionary<MaintenancePriority, TimeSpan>
    {
        [MaintenancePriority.Urgent] = TimeSpan.FromHours(4),
        [MaintenancePriority.High] = TimeSpan.FromDays(1),
        [MaintenancePriority.Normal] = TimeSpan.FromDays(3),
        [MaintenancePriority.Low] = TimeSpan.FromDays(7),
    };

    /// <summary>How often open orders are measured against their due instants.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many orders a sweep reads at a time.</summary>
    public int SweepPageSize { get; set; } = 100;

    public static MaintenanceOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<MaintenanceOptions>() ?? new MaintenanceOptions();
        var bad = Enum.GetValues<MaintenancePriority>().Where(p => !options.DueIn.TryGetValue(p, out var due) || due <= TimeSpan.Zero).Select(p => $"DueIn:{p}").ToList();
        if (options.SweepInterval <= TimeSpan.Zero || options.SweepInterval > TimeSpan.FromDays(1))
        {
            bad.Add(nameof(SweepInterval));
        }

        if (options.SweepPageSize is < 1 or > 1000)
        {
            bad.Add(nameof(SweepPageSize));
        }

        return bad.Count == 0
            ? options
            : throw new InvalidOperationException($"{Section}: {string.Join(", ", bad)} out of range (due periods positive, sweep interval up to a day, page size 1..1000).");
    }
}
