using System.Security.Claims;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 上报 — a grid officer reports an incident from the street. A retry with the same
/// <c>Idempotency-Key</c> returns the case the first attempt created instead of a second case. The answer
/// lists open cases of the same category reported nearby and recently as likely duplicates.
/// </summary>
public static class ReportCase
{
    public const string IdempotencyHeader = IdempotentReplay.Header;
    public const string ReplayedHeader = IdempotentReplay.ReplayedHeader;

    public sealed record Request(string? CategoryCode, LocationInput? Location, string? Address, string? Description, IReadOnlyList<string>? PhotoRefs);

    public sealed record LocationInput(double? Longitude, double? Latitude);

    public static RouteGroupBuilder MapReportCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases", HandleAsync)
            .WithName("ReportCase")
            .WithTags("Cases")
            .WithSummary("Report an incident (上报). Send an Idempotency-Key so a retry never creates a second case.")
            .RequireAuthorization(p => p.RequireRole(Roles.GridOfficer))
            .Produces<CaseView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        CaseIntake intake,
        HttpContext http,
        CancellationToken cancellationToken) =>
        await intake.ReportAsync(request, user.UserId(), idempotencyKey, ReportFields.Api, cancellationToken) switch
        {
            IntakeOutcome.Invalid invalid => invalid.Errors.ToResult(),
            IntakeOutcome.Replayed replayed => Replay(replayed.Earlier, replayed.Stamp, http),
            IntakeOutcome.Created created => TypedResults.Created($"/api/inspection/cases/{created.Case.Id}",
                CaseView.From(created.Case) with { LikelyDuplicates = created.LikelyDuplicates }),
            _ => throw new InvalidOperationException("Unknown intake outcome."),
        };

    static IResult Replay(Case earlier, IdempotencyStamp stamp, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Case {earlier.Number}", http, () => CaseView.From(earlier));
}
