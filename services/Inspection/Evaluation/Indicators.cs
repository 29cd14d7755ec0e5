namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// 考核指标 — the counters the evaluation (domain §5) is computed from. Each is a count of
/// <see cref="EvaluationFact"/>s of that name; the rates divide one by another (<see cref="IndicatorRates"/>).
/// docs/evaluation.md says which event records each and on which day, place, department and person it counts.
/// </summary>
public static class Indicators
{
    /// <summary>Cases reported (上报).</summary>
    public const string Reports = "reports";

    /// <summary>Reports that proved valid: filed (立案) or self-handled (自处理).</summary>
    public const string ValidReports = "validReports";

    /// <summary>Cases filed (立案).</summary>
    public const string Filed = "filed";

    /// <summary>Filed cases later voided (作废).</summary>
    public const string Voided = "voided";

    /// <summary>Verifications (核实) asked of a grid officer.</summary>
    public const string VerificationsRequested = "verificationsRequested";

    /// <summary>Verifications answered within their time limit.</summary>
    public const string VerificationsOnTime = "verificationsOnTime";

    /// <summary>Re-checks (核查) asked of a grid officer.</summary>
    public const string RechecksRequested = "rechecksRequested";

    /// <summary>Re-checks answered within their time limit.</summary>
    public const string RechecksOnTime = "rechecksOnTime";

    /// <summary>Departments dispatched to (派遣), one per department and dispatch.</summary>
    public const string Dispatches = "dispatches";

    /// <summary>Dispatches within the file-and-dispatch limit.</summary>
    public const string DispatchesOnTime = "dispatchesOnTime";

    /// <summary>Dispatches a department returned as not its own (回退).</summary>
    public const string Returns = "returns";

    /// <summary>Dispatches the department handled (处理反馈), once however often it reworked.</summary>
    public const string Handled = "handled";

    /// <summary>Dispatches handled within their limit.</summary>
    public const string HandledOnTime = "handledOnTime";

    /// <summary>Dispatches due for handling: handled within a known limit, or gone overdue.</summary>
    public const string HandlingDue = "handlingDue";

    /// <summary>Handled dispatches a failed re-check sent back (返工).</summary>
    public const string Reworked = "reworked";

    /// <summary>Cases closed (结案).</summary>
    public const string Closed = "closed";

    /// <summary>Cases closed with every department within its limit.</summary>
    public const string ClosedOnTime = "closedOnTime";

    /// <summary>Cases due for closing: closed, or overdue.</summary>
    public const string ClosingDue = "closingDue";

    /// <summary><see cref="Closed"/> per department the case was with when it closed.</summary>
    public const string DepartmentClosed = "departmentClosed";

    /// <summary><see cref="ClosedOnTime"/> per department the case was with when it closed.</summary>
    public const string DepartmentClosedOnTime = "departmentClosedOnTime";

    /// <summary><see cref="ClosingDue"/> per department: it was with the case at closing, or went overdue on it.</summary>
    public const string DepartmentClosingDue = "departmentClosingDue";

    public static IReadOnlyList<string> All { get; } =
    [
        Reports, ValidReports, Filed, Voided, VerificationsRequested, VerificationsOnTime, RechecksRequested, RechecksOnTime,
        Dispatches, DispatchesOnTime, Returns, Handled, HandledOnTime, HandlingDue, Reworked,
        Closed, ClosedOnTime, ClosingDue, DepartmentClosed, DepartmentClosedOnTime, DepartmentClosingDue,
    ];
}
