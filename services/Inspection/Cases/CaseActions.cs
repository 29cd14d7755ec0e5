namespace DigitalCity.Inspection.Cases;

/// <summary>The <see cref="CaseHistoryEntry.Action"/> names: stable strings, as clients filter on them.</summary>
public static class CaseActions
{
    public const string Report = "report";
    public const string RequestVerification = "request-verification";
    public const string Verify = "verify";
    public const string Reject = "reject";
    public const string File = "file";
    public const string SelfHandle = "self-handle";
    public const string Dispatch = "dispatch";
    public const string Acknowledge = "acknowledge";
    public const string Handle = "handle";
    public const string RequestReturn = "request-return";
    public const string Return = "return";
    public const string RequestExtension = "request-extension";
    public const string Extend = "extend";
    public const string RequestSuspension = "request-suspension";
    public const string Suspend = "suspend";
    public const string Resume = "resume";
    public const string RequestVoid = "request-void";
    public const string Void = "void";
    public const string DeclineRequest = "decline-request";
    public const string RequestRecheck = "request-recheck";
    public const string Recheck = "recheck";
    public const string Rework = "rework";
    public const string Close = "close";
    public const string Supervise = "supervise";
    public const string DeadlineWarning = "deadline-warning";
    public const string Overdue = "overdue";

    /// <summary>A warning about a step besides handling (verification, dispatch, acknowledgement, re-check).</summary>
    public const string StepDeadlineWarning = "step-deadline-warning";

    /// <summary>Overdue on a step besides handling; <see cref="Overdue"/> is only ever about handling.</summary>
    public const string StepOverdue = "step-overdue";
    public const string LinkDuplicate = "link-duplicate";
}
