using System.Security.Claims;
using DigitalCity.Sanitation.Cleaning.Compliance;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Cleaning.Runs;

/// <summary>A segment's runs on one city day (today unless <c>day</c> is given), each with the window it lay in, and the day's compliance.</summary>
public static class ListRuns
{
    /// <param name="Compliance">The day's figure and how it was made (<see cref="CleaningCompliance"/>).</param>
    public sealed record RunsOfDay(string SegmentCode, DateOnly Day, DayCompliance Compliance, IReadOnlyList<CleaningRunView> Runs);

    public static RouteGroupBuilder MapListRuns(this RouteGroupBuilder api)
    {
        api.MapGet("/cleaning-plans/{segmentCode}/runs", HandleAsync)
            .WithName("ListCleaningRuns")
            .WithTags("Cleaning")
            .WithSummary("A segment's runs on a city day (day=YYYY-MM-DD, today by default) with the day's compliance.")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Readers))
            .Produces<RunsOfDay>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(string segmentCode, DateOnly? day, ClaimsPrincipal user, ICleaningStore store, CityClock city, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanQueries.ReadableAsync(segmentCode, user, store, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var date = day ?? city.Today;
        var runs = await store.ListRunsAsync([plan!.SegmentCode], date, date, cancellationToken);
        var schedule = plan.ScheduleOn(date);
        return TypedResults.Ok(new RunsOfDay(plan.SegmentCode, date, CleaningCompliance.Of(plan, date, runs, city.Zone),
            [.. runs.Select(r => CleaningRunView.From(r, schedule, city.Zone))]));
    }
}
