namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 计时方式 — the clock a limit runs on. A limit, its extensions and its traffic light are all
/// measured on the same one.
/// </summary>
public enum TimeKind
{
    /// <summary>自然时间 — wall-clock time, day and night, holidays included.</summary>
    Natural,

    /// <summary>工作时间 — only the working windows of working days in the <see cref="WorkCalendar"/>.</summary>
    Working,
}
