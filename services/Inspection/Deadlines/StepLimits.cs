namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 环节时限 — the limits of the loop's steps with the calendar they run on. The case's transitions take
/// it to set each step's due instant when the step starts and to judge, when it ends, whether it came in
/// time; see <see cref="StepLimitOptions"/> for where the values come from.
/// </summary>
public sealed class StepLimits(
    DeadlineCalculator calculator,
    TimeLimit verify,
    TimeLimit fileAndDispatch,
    TimeLimit fileAndDispatchUrgent,
    TimeLimit acknowledge,
    TimeLimit recheck,
    TimeLimit maxExtension)
{
    /// <summary>The default limits of <see cref="StepLimitOptions"/> on <paramref name="calculator"/>'s calendar.</summary>
    public static StepLimits Defaults(DeadlineCalculator calculator) =>
        StepLimitOptions.Load(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), calculator);

    public DeadlineCalculator Calculator => calculator;

    public TimeLimit Verify => verify;

    public TimeLimit Acknowledge => acknowledge;

    public TimeLimit Recheck => recheck;

    public TimeLimit MaxExtension => maxExtension;

    public TimeLimit FileAndDispatch(bool urgent) => urgent ? fileAndDispatchUrgent : fileAndDispatch;

    /// <summary>A step's clock under <paramref name="limit"/>, started at <paramref name="start"/>.</summary>
    public Cases.StepDeadline Start(TimeLimit limit, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new(limit.ToString(), start, DueAt(limit, start));
    }

    /// <summary>When <paramref name="limit"/> counted from <paramref name="start"/> runs out on the calendar.</summary>
    public DateTimeOffset DueAt(TimeLimit limit, DateTimeOffset start) => calculator.DueAt(new Deadline(start, limit), start);

    /// <summary>Whether <paramref name="extension"/> is within <see cref="MaxExtension"/>, compared on the calendar's measure.</summary>
    public bool AllowsExtension(TimeLimit extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return extension.Measure(calculator.Calendar) <= maxExtension.Measure(calculator.Calendar);
    }
}
