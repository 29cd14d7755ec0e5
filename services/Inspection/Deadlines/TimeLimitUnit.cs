namespace DigitalCity.Inspection.Deadlines;

/// <summary>时限单位 — the units a time limit is configured in (domain §4).</summary>
public enum TimeLimitUnit
{
    /// <summary>分钟 — natural minutes, for the short dispatch steps.</summary>
    Minutes,

    /// <summary>小时 — natural hours: urgent hazards such as 露天烧烤 are timed round the clock.</summary>
    Hours,

    /// <summary>工作小时 — hours of working-window time.</summary>
    WorkingHours,

    /// <summary>工作日 — whole working days; one is worth <see cref="WorkCalendar.WorkingTimePerDay"/>.</summary>
    WorkingDays,

    /// <summary>自然日 — 24-hour periods.</summary>
    NaturalDays,
}
