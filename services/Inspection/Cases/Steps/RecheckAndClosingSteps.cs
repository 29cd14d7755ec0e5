using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>核查 / 结案 / 督办 — the on-site re-check, closing, and the supervision flag.</summary>
public static class RecheckAndClosingSteps
{
    public sealed record RequestRecheck(string? OfficerId);

    public sealed record SubmitRecheck(bool? Passed, string? Comment, IReadOnlyList<string>? PhotoRefs);

    public sealed record Supervise(string? Note);

    public static RouteGroupBuilder MapRecheckAndClosingSteps(this RouteGroupBuilder api)
    {
        api.MapStep<RequestRecheck>("recheck-request", "RequestRecheck", "核查: ask a grid officer to re-check the handled case on site.", [Roles.Operator],
            r => new ValidationErrors().Required("officerId", r.OfficerId),
            (step, r) => step.Case.RequestRecheck(step.UserId, r.OfficerId!, step.Time, step.Limits));

        api.MapStep<SubmitRecheck>("recheck", "SubmitRecheck", "核查: the officer asked reports whether it is fixed; a failed re-check orders rework (返工).", [Roles.GridOfficer],
            r => new ValidationErrors().Required("passed", r.Passed).PhotoRefs("photoRefs", r.PhotoRefs),
            (step, r) => step.Case.SubmitRecheck(step.UserId, r.Passed!.Value, r.Comment, r.PhotoRefs ?? [], step.Time));

        api.MapStep("close", "CloseCase", "结案: the shift lead closes a re-checked (or self-handled) case.", [Roles.ShiftLead],
            step => step.Case.Close(step.UserId, step.Time));

        api.MapStep<Supervise>("supervise", "SuperviseCase", "督办: flag an open case for priority follow-up.", Roles.CentreStaff,
            r => new ValidationErrors().Check(r.Note is null || r.Note.Length <= StepRules.MaxReason, "note", "'note' is too long."),
            (step, r) => step.Case.Supervise(step.UserId, r.Note, step.Time));
        return api;
    }
}
