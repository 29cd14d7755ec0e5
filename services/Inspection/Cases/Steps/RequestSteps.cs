using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>
/// 回退 / 延期 / 挂账 / 作废 — requests and their decisions. Departments ask for returns, extensions and
/// suspensions, which the dispatcher decides; the dispatcher asks to void, which the shift lead decides.
/// </summary>
public static class RequestSteps
{
    public sealed record Reasoned(string? Reason);

    public sealed record RequestExtension(string? ExtraTime, string? Reason);

    public static RouteGroupBuilder MapRequestSteps(this RouteGroupBuilder api)
    {
        api.MapStep<Reasoned>("return-request", "RequestReturn", "回退: the department says the case is not its own.", [Roles.DepartmentHandler],
            r => StepRules.Reason(r.Reason),
            (step, r) => step.Case.RequestReturn(step.Department, step.UserId, r.Reason!, step.Time));

        api.MapStep<RequestExtension>("extension-request", "RequestExtension", "延期: the department asks for more time (e.g. \"2 WorkingHours\").", [Roles.DepartmentHandler],
            r => StepRules.Reason(r.Reason).TimeLimitField("extraTime", r.ExtraTime),
            (step, r) =>
            {
                var assignment = step.Case.Assignments.FirstOrDefault(a => a.DepartmentCode == step.Department && a.Status == AssignmentStatus.Processing)
                    ?? throw new AccessDeniedException($"The case is not being handled by {step.Department}.");
                var extra = ExtensionRules.Check(step.Limits, assignment, r.ExtraTime!);
                step.Case.RequestExtension(step.Department, step.UserId, step.Limits.DueAt(extra, assignment.DueAt), r.Reason!, step.Time, extra.ToString());
            });

        api.MapStep<Reasoned>("suspension-request", "RequestSuspension", "挂账: the department asks to pause the case.", [Roles.DepartmentHandler],
            r => StepRules.Reason(r.Reason),
            (step, r) => step.Case.RequestSuspension(step.Department, step.UserId, r.Reason!, step.Time));

        api.MapStep<Reasoned>("void-request", "RequestVoid", "作废: the dispatcher asks to void the case.", [Roles.Dispatcher],
            r => StepRules.Reason(r.Reason),
            (step, r) => step.Case.RequestVoid(step.UserId, r.Reason!, step.Time));

        api.MapStep("request/approve", "ApproveRequest", "Approve the pending request: the dispatcher for returns, extensions and suspensions, the shift lead for voiding.",
            [Roles.Dispatcher, Roles.ShiftLead],
            step =>
            {
                switch (Decider(step))
                {
                    case RequestKind.Return: step.Case.ApproveReturn(step.UserId, step.Time, step.Limits); break;
                    case RequestKind.Extension: step.Case.ApproveExtension(step.UserId, step.Time); break;
                    case RequestKind.Suspension: step.Case.ApproveSuspension(step.UserId, step.Time); break;
                    case RequestKind.Void: step.Case.ApproveVoid(step.UserId, step.Time); break;
                }
            });

        api.MapStep<Reasoned>("request/decline", "DeclineRequest", "Decline the pending request, with a reason.", [Roles.Dispatcher, Roles.ShiftLead],
            r => StepRules.Reason(r.Reason),
            (step, r) =>
            {
                Decider(step);
                step.Case.DeclineRequest(step.UserId, r.Reason!, step.Time);
            });

        api.MapStep("resume", "ResumeCase", "恢复: the dispatcher ends a suspension; the clock runs again.", [Roles.Dispatcher],
            step => step.Case.Resume(step.UserId, step.Time));
        return api;
    }

    /// <summary>Checks that the acting role decides this kind of request, and returns the kind.</summary>
    static RequestKind Decider(StepContext step)
    {
        var pending = step.Case.PendingRequest
            ?? throw new InvalidTransitionException("decide a request", $"{step.Case.Status} with no pending request");
        var decider = pending.Kind == RequestKind.Void ? Roles.ShiftLead : Roles.Dispatcher;
        return step.IsIn(decider)
            ? pending.Kind
            : throw new AccessDeniedException($"A {pending.Kind.ToString().ToLowerInvariant()} request is decided by the {decider}.");
    }
}
