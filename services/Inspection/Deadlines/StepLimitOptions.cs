using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 环节时限 as configuration (section <c>Inspection:StepLimits</c>): how long each step of the loop may
/// take besides the department's handling, which comes from the category. Values are time limits such
/// as <c>"30 Minutes"</c> or <c>"4 WorkingHours"</c>. Defaults follow domain §4.
/// </summary>
public sealed class StepLimitOptions
{
    public const string Section = "Inspection:StepLimits";

    /// <summary>核实 — from the operator's request to the officer's answer.</summary>
    public string Verify { get; set; } = "1 Hours";

    /// <summary>立案 + 派遣 of a normal case — from the moment it awaits acceptance to its dispatch.</summary>
    public string FileAndDispatch { get; set; } = "30 Minutes";

    /// <summary>立案 + 派遣 of an urgent case.</summary>
    public string FileAndDispatchUrgent { get; set; } = "10 Minutes";

    /// <summary>签收 — from dispatch to the department acknowledging its task.</summary>
    public string Acknowledge { get; set; } = "1 Hours";

    /// <summary>核查 — from the operator's request to the officer's re-check.</summary>
    public string Recheck { get; set; } = "2 Hours";

    /// <summary>延期 — the longest one extension may add; longer requests are refused.</summary>
    public string MaxExtension { get; set; } = "5 WorkingDays";

    /// <summary>Reads the section; a value that is not a time limit stops startup, naming the setting.</summary>
    public static StepLimits Load(IConfiguration configuration, DeadlineCalculator calculator)
    {
        var options = configuration.GetSection(Section).Get<StepLimitOptions>() ?? new StepLimitOptions();
        return new StepLimits(
            calculator,
            Parse(options.Verify, nameof(Verify)),
            Parse(options.FileAndDispatch, nameof(FileAndDispatch)),
            Parse(options.FileAndDispatchUrgent, nameof(FileAndDispatchUrgent)),
            Parse(options.Acknowledge, nameof(Acknowledge)),
            Parse(options.Recheck, nameof(Recheck)),
            Parse(options.MaxExtension, nameof(MaxExtension)));
    }

    static TimeLimit Parse(string? value, string name) =>
        value is not null && TimeLimit.TryParse(value, out var limit)
            ? limit!
            : throw new InvalidOperationException(
                $"{Section}:{name} = '{value}' is not a time limit such as \"30 Minutes\" (units: {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}).");
}
