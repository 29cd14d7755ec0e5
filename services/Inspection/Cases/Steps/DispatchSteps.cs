using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>派遣 / 签收 / 处理反馈 — the dispatcher sends the case to departments; each acknowledges and reports its result.</summary>
public static class DispatchSteps
{
    /// <summary>
    /// A department and its handling limit (e.g. <c>"4 WorkingHours"</c>), counted from now on the working
    /// calendar; without one, the limit of the category version the case was reported under, by urgency.
    /// </summary>
    public sealed record DepartmentInput(string? Department, string? HandlingLimit);

    public sealed record Dispatch(IReadOnlyList<DepartmentInput>? Departments);

    public sealed record ReportHandled(string? Result, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapDispatchSteps(this RouteGroupBuilder api)
    {
        api.MapStep<Dispatch>("dispatch", "DispatchCase", "派遣: send the case to one or several departments, each with its handling limit.", [Roles.Dispatcher],
            Validate,
            (step, r) =>
            {
                var now = step.Time.GetUtcNow();
                var assignments = r.Departments!.Select((d, i) =>
                {
                    var limit = HandlingLimit(step.Case, d, i);
                    return new DepartmentAssignment(d.Department!, step.DueAfter(now, limit), limit);
                });
                step.Case.Dispatch(step.UserId, [.. assignments], step.Time, step.Limits);
            });

        api.MapStep<ReportHandled>("handled", "ReportCaseHandled", "处理反馈: the token's department reports its result with photos.", [Roles.DepartmentHandler],
            r => new ValidationErrors().Required("result", r.Result, 2000).PhotoRefs("photoRefs", r.PhotoRefs),
            (step, r) => step.Case.ReportHandled(step.Department, step.UserId, r.Result!, r.PhotoRefs ?? [], step.Time, step.Deadlines));

        api.MapStep("acknowledge", "AcknowledgeCase", "签收: the token's department acknowledges the task dispatched to it.", [Roles.DepartmentHandler],
            step => step.Case.Acknowledge(step.Department, step.UserId, step.Time));
        return api;
    }

    /// <summary>The limit given, else the category's for the case's urgency; a 400 on the field when neither exists.</summary>
    static string HandlingLimit(Case @case, DepartmentInput input, int index) =>
        input.HandlingLimit
        ?? @case.CategoryRules?.LimitFor(@case.Urgency)
        ?? throw new ArgumentException(
            $"Category {@case.CategoryCode} sets no handling limit; give one, e.g. \"4 WorkingHours\".", $"departments[{index}].handlingLimit");

    static ValidationErrors Validate(Dispatch request)
    {
        var errors = new ValidationErrors();
        if (request.Departments is not { Count: > 0 })
        {
            return errors.Add("departments", "At least one department is required.");
        }

        for (var i = 0; i < request.Departments.Count; i++)
        {
            errors.Required($"departments[{i}].department", request.Departments[i].Department, 64);
            if (request.Departments[i].HandlingLimit is not null)
            {
                errors.TimeLimitField($"departments[{i}].handlingLimit", request.Departments[i].HandlingLimit);
            }
        }

        return errors.Check(request.Departments.Select(d => d.Department).Distinct(StringComparer.Ordinal).Count() == request.Departments.Count,
            "departments", "Each department may appear once.");
    }
}
