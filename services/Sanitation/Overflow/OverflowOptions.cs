using Microsoft.Extensions.Configuration;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>
/// Configuration section <c>Sanitation:Overflow</c> (满溢/爆桶): which inspection categories are overflow, the fill
/// level at which each bin type overflows, and how long a crew has to collect it.
/// </summary>
public sealed class OverflowOptions
{
    public const string Section = "Sanitation:Overflow";

    /// <summary>Inspection categories whose cases open collection tasks (default <c>E0105</c> 垃圾满溢).</summary>
    public IList<string> CategoryCodes { get; set; } = [];

    /// <summary>Fill level (percent) at or above which a bin of a type overflows, by bin type (<c>240L</c>, <c>660L</c>, …; case-insensitive).</summary>
    public IDictionary<string, int> Thresholds { get; set; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The threshold of bin types not in <see cref="Thresholds"/>, and of bins without a type.</summary>
    public int DefaultThreshold { get; set; } = 90;

    /// <summary>How long after a sensor reading or a staff report its collection task is due.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The threshold of a bin of <paramref name="binType"/>.</summary>
    public int ThresholdFor(string? binType) =>
        binType is not null && Thresholds.FirstOrDefault(t => string.Equals(t.Key, binType, StringComparison.OrdinalIgnoreCase)) is { Key: not null } match
            ? match.Value
            : DefaultThreshold;

    public bool IsOverflowCategory(string? categoryCode) => categoryCode is not null && CategoryCodes.Contains(categoryCode, StringComparer.Ordinal);

    /// <summary>The section's values, with the defaults (<c>E0105</c>; 240L 85 %, 660L 90 %) where it names none; a bad value stops startup naming it.</summary>
    public static OverflowOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = section.Get<OverflowOptions>() ?? new OverflowOptions();
        if (!section.GetSection(nameof(CategoryCodes)).Exists())
        {
            options.CategoryCodes = ["E0105"];
        }

        if (!section.GetSection(nameof(Thresholds)).Exists())
        {
            options.Thresholds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["240L"] = 85, ["660L"] = 90 };
        }

        var bad = options.Thresholds.Where(t => t.Value is < 1 or > 100).Select(t => $"Thresholds:{t.Key}").ToList();
        if (options.DefaultThreshold is < 1 or > 100)
        {
            bad.Add(nameof(DefaultThreshold));
        }

        if (options.Deadline <= TimeSpan.Zero || options.Deadline > TimeSpan.FromDays(7))
        {
            bad.Add(nameof(Deadline));
        }

        return bad.Count == 0
            ? options
            : throw new InvalidOperationException($"{Section}: {string.Join(", ", bad)} out of range (thresholds 1..100 percent, deadline up to 7 days).");
    }
}
