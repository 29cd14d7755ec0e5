using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>核实 — the operator asks a grid officer to confirm a report; the officer answers from the site.</summary>
public static class VerificationSteps
{
    public sealed record RequestVerification(string? OfficerId, string? Note);

    public sealed record SubmitVerification(bool? Confirmed, string? Comment, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapVerificationSteps(this RouteGroupBuilder api)
    {
        api.MapStep<RequestVerification>("verification-request", "RequestVerification",
            "核实: ask a grid officer to confirm the report on site.", [Roles.Operator],
            r => new ValidationErrors().Required("officerId", r.OfficerId).Check(r.Note is null || r.Note.Length <= StepRules.MaxReason, "note", "'note' is too long."),
            (step, r) => step.Case.RequestVerification(step.UserId, r.OfficerId!, r.Note, step.Time, step.Limits));

        api.MapStep<SubmitVerification>("verification", "SubmitVerification",
            "核实: the officer asked answers whether the issue is real.", [Roles.GridOfficer],
            r => new ValidationErrors().Required("confirmed", r.Confirmed).PhotoRefs("photoRefs", r.PhotoRefs),
            (step, r) => step.Case.SubmitVerification(step.UserId, r.Confirmed!.Value, r.Comment, r.PhotoRefs ?? [], step.Time));
        return api;
    }
}
