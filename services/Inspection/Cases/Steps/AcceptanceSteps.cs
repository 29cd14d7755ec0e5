using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>不予受理 / 立案 / 自处理 — what happens to a fresh report.</summary>
public static class AcceptanceSteps
{
    public sealed record Reject(string? Reason);

    public sealed record File(Urgency? Urgency);

    public sealed record SelfHandle(string? Result, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapAcceptanceSteps(this RouteGroupBuilder api)
    {
        api.MapStep<Reject>("reject", "RejectCase", "不予受理: the operator does not accept the report.", [Roles.Operator],
            r => StepRules.Reason(r.Reason),
            (step, r) => step.Case.Reject(step.UserId, r.Reason!, step.Time));

        api.MapStep<File>("file", "FileCase", "立案: the shift lead files the case, normal or urgent.", [Roles.ShiftLead],
            _ => new ValidationErrors(),
            (step, r) => step.Case.File(step.UserId, r.Urgency ?? Urgency.Normal, step.Time, step.Limits));

        api.MapStep<SelfHandle>("self-handle", "SelfHandleCase", "自处理: the reporter fixed it on the spot; a shift lead reviews and closes.", [Roles.GridOfficer],
            r => new ValidationErrors().Required("result", r.Result, 2000).PhotoRefs("photoRefs", r.PhotoRefs),
            (step, r) => step.Case.SelfHandle(step.UserId, r.Result!, r.PhotoRefs ?? [], step.Time));
        return api;
    }
}
