namespace DigitalCity.Inspection.Cases;

/// <summary>Where one department's part of a dispatched case stands.</summary>
public enum AssignmentStatus
{
    /// <summary>处置中 — the department is working on it.</summary>
    Processing,

    /// <summary>处理反馈 — the department reported its result.</summary>
    Handled,

    /// <summary>回退 — the department's return was approved; it no longer works on the case.</summary>
    Returned,
}
