namespace DigitalCity.Inspection.Cases;

/// <summary>亮灯 — the deadline alerts a department's assignment has had: a warning at 80 % of its time, overdue past 100 %.</summary>
public enum DeadlineAlert
{
    None,

    /// <summary>黄灯 — 80 % of the handling time used.</summary>
    Warned,

    /// <summary>红灯 — past the due instant.</summary>
    Overdue,
}
