using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 维修跟踪 — a defect's repair: a dispatcher or campaign manager assigns it to the cover's maintainer with a
/// due instant; the maintainer's handlers start and complete it (with photos); an inspector, grid officer or
/// campaign manager verifies it on site or sends it back to repair.
/// </summary>
public static class RepairSteps
{
    public sealed record Assign(DateTimeOffset? DueAt);

    /// <summary>A step with no body of its own: <c>{}</c>.</summary>
    public sealed record Start;

    public sealed record Complete(string? Note, IReadOnlyList<string>? PhotoRefs);

    public sealed record Verify(string? Note, IReadOnlyList<string>? PhotoRefs);

    public sealed record Reject(string? Reason, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapRepairSteps(this RouteGroupBuilder api)
    {
        api.MapRepairStep<Assign>("assign", "AssignManholeRepair", "派单: assign the repair to the cover's maintainer, due at 'dueAt'.", ManholeRoles.Assigners,
            r => new ValidationErrors().Required("dueAt", r.DueAt),
            (s, r) => s.Cover.AssignRepair(s.DefectId, r.DueAt!.Value, s.User.UserId(), s.Time));

        api.MapRepairStep<Start>("start", "StartManholeRepair", "开始维修: a handler of the cover's maintainer starts the repair.", [Roles.DepartmentHandler],
            _ => new ValidationErrors(),
            (s, _) => s.Cover.StartRepair(s.DefectId, s.User.DepartmentCode(), s.User.UserId(), s.Time));

        api.MapRepairStep<Complete>("complete", "CompleteManholeRepair", "维修完成: a handler of the cover's maintainer reports it repaired, with photos.", [Roles.DepartmentHandler],
            r => Notes(r.Note, "note").Check(r.PhotoRefs is { Count: > 0 }, "photoRefs", "At least one photo of the repaired cover.").PhotoRefs("photoRefs", r.PhotoRefs),
            (s, r) => s.Cover.CompleteRepair(s.DefectId, s.User.DepartmentCode(), s.User.UserId(), r.Note?.Trim(), r.PhotoRefs!, s.Time));

        api.MapRepairStep<Verify>("verify", "VerifyManholeRepair", "核查通过: the repair holds on site; the defect is rectified.", ManholeRoles.Verifiers,
            r => Notes(r.Note, "note").PhotoRefs("photoRefs", r.PhotoRefs),
            (s, r) => s.Cover.VerifyRepair(s.DefectId, s.User.UserId(), r.Note?.Trim(), r.PhotoRefs ?? [], s.Time));

        api.MapRepairStep<Reject>("reject", "RejectManholeRepair", "核查不通过: the repair does not hold; back to the maintainer for repair.", ManholeRoles.Verifiers,
            r => new ValidationErrors().Required("reason", r.Reason, 2000).PhotoRefs("photoRefs", r.PhotoRefs),
            (s, r) => s.Cover.RejectRepair(s.DefectId, s.User.UserId(), r.Reason!.Trim(), r.PhotoRefs ?? [], s.Time));
        return api;
    }

    static ValidationErrors Notes(string? note, string field) =>
        new ValidationErrors().Check(note is null || note.Length <= 2000, field, $"'{field}' must be at most 2000 characters.");
}
