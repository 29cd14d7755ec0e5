namespace DigitalCity.Inspection.Cases;

/// <summary>The states of the closed loop (domain §3).</summary>
public enum CaseStatus
{
    /// <summary>待受理 — reported, awaiting acceptance.</summary>
    Reported,

    /// <summary>核实中 — the grid officer is asked to confirm.</summary>
    Verifying,

    /// <summary>不予受理 — rejected by the operator.</summary>
    Rejected,

    /// <summary>立案 — filed, awaiting dispatch.</summary>
    Filed,

    /// <summary>处置中 — dispatched to one or several departments.</summary>
    Dispatched,

    /// <summary>
    /// 回退 — returned by a department. Not a state a case rests in: an approved return marks that
    /// department's assignment <see cref="AssignmentStatus.Returned"/>, and the case goes back to
    /// <see cref="Filed"/> when no department is left working on it.
    /// </summary>
    Returned,

    /// <summary>挂账 — suspended; the deadline clock stops.</summary>
    Suspended,

    /// <summary>处理反馈 — the department reported its result; awaiting re-check.</summary>
    Handled,

    /// <summary>核查 — the grid officer re-checks on site.</summary>
    Checking,

    /// <summary>结案 — closed.</summary>
    Closed,

    /// <summary>作废 — voided.</summary>
    Voided,
}
