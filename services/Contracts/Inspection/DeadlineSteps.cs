namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// The steps a deadline alert (<see cref="CaseDeadlineWarning"/>, <see cref="CaseOverdue"/>) can be about,
/// and the units answerable for the ones no department does: the supervision centre (监督中心) for its
/// grid officers' verifications and re-checks, the command centre (指挥中心) for dispatch.
/// </summary>
public static class DeadlineSteps
{
    /// <summary>处置 — a department's handling; the alert names the department.</summary>
    public const string Handling = "handling";

    /// <summary>签收 — a department's acknowledgement; the alert names the department.</summary>
    public const string Acknowledge = "acknowledge";

    /// <summary>核实 — the grid officer's verification; the alert names the supervision centre and the officer.</summary>
    public const string Verification = "verification";

    /// <summary>立案 + 派遣 — the alert names the command centre.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>核查 — the grid officer's re-check; the alert names the supervision centre and the officer.</summary>
    public const string Recheck = "recheck";

    public const string SupervisionCentre = "supervision-centre";

    public const string CommandCentre = "command-centre";
}
