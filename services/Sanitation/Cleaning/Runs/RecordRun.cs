using System.Security.Claims;
using DigitalCity.Sanitation.Cleaning.Compliance;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Cleaning.Runs;

/// <summary>
/// 作业上报 — a member of a method's crew records a run of that method on the segment: when it started and
/// finished, with photos. Staff record work on their own routes: anyone else is refused with 403. A retry with
/// the same <c>Idempotency-Key</c> (a flaky phone) returns the run the first attempt recorded.
/// </summary>
public static class RecordRun
{
    /// <summary>How far a phone's clock may run ahead of the server's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public sealed record Request(CleaningMethod? Method, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapRecordRun(this RouteGroupBuilder api)
    {
        api.MapPost("/cleaning-plans/{segmentCode}/runs", HandleAsync)
            .WithName("RecordCleaningRun")
            .WithTags("Cleaning")
            .WithSummary("Record a cleaning run (method, started and finished instants, photos) on a segment whose crew you are in. Send an Idempotency-Key.")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Recorders))
            .Produces<CleaningRunView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        string segmentCode,
        Request request,
        [FromHeader(Name = IdempotentReplay.Header)] string? idempotencyKey,
        ClaimsPrincipal user,
        ICleaningStore store,
        CityClock city,
        TimeProvider time,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var plan = await store.FindPlanAsync(segmentCode, cancellationToken);
        if (plan is null)
        {
            return PlanQueries.NotFound(segmentCode);
        }

        var recorder = user.UserId();
        var errors = new ValidationErrors();
        errors.IdempotencyKey(idempotencyKey);
        // The segment is part of what the key stands for: the same body sent to another segment is another request.
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(recorder, idempotencyKey, new { segmentCode, request });
        var idempotent = new IdempotentCreation<CleaningRun>(stamp, store.FindRunByIdempotencyKeyAsync);
        if (!errors.Any && await idempotent.EarlierAsync((earlier, s) => Replay(earlier, plan, s, city, http), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        errors.Required("method", request.Method);
        var method = request.Method is { } asked ? plan.Method(asked) : null;
        errors.Check(request.Method is null || method is not null, "method",
            $"Segment {plan.SegmentCode} is not planned for {request.Method}; its methods: {string.Join(", ", plan.Methods.Select(m => m.Method))}.");
        if (method is not null && !method.HasCrewMember(recorder))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: $"You are not in the {method.Method} crew of segment {plan.SegmentCode}; staff record work on their own routes.");
        }

        errors.Required("startedAt", request.StartedAt);
        errors.Required("finishedAt", request.FinishedAt);
        var now = time.GetUtcNow();
        if (request.StartedAt is { } started && request.FinishedAt is { } finished)
        {
            errors.Check(finished > started, "finishedAt", "'finishedAt' must be after 'startedAt'.");
            errors.Check(finished - started <= CleaningRun.MaxDuration, "finishedAt", $"A run lasts at most {CleaningRun.MaxDuration.TotalHours} hours.");
            errors.Check(finished <= now + ClockSkew, "finishedAt", "'finishedAt' must not be in the future; record a run once it is done.");
        }

        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var day = city.DayOf(request.StartedAt!.Value);
        var window = CleaningCompliance.WindowOf(plan.ScheduleOn(day), method!.Method, request.StartedAt.Value, request.FinishedAt!.Value, city.Zone);
        var run = CleaningRun.Record(plan, method.Method, request.StartedAt.Value, request.FinishedAt.Value, day, window, request.PhotoRefs ?? [], recorder, stamp, time);
        return await idempotent.SaveAsync<IResult>(async () =>
        {
            await store.SaveRunAsync(run, cancellationToken);
            return TypedResults.Created($"/api/sanitation/cleaning-plans/{plan.SegmentCode}/runs?day={day:yyyy-MM-dd}", CleaningRunView.From(run, plan.ScheduleOn(day), city.Zone));
        }, (winner, s) => Replay(winner, plan, s, city, http), cancellationToken);
    }

    static IResult Replay(CleaningRun earlier, CleaningPlan plan, IdempotencyStamp stamp, CityClock city, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Run {earlier.Id}", http, () => CleaningRunView.From(earlier, plan.ScheduleOn(earlier.Day), city.Zone));
}
