using System.Security.Claims;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Cleaning.Compliance;

/// <summary>
/// Plan compliance per segment and city day over a period of at most <see cref="MaxDays"/> days: one row per
/// (segment, day), by segment code then day, paged. Sanitation staff see the segments they crew.
/// </summary>
public static class GetCompliance
{
    public const int MaxDays = 93;

    public static RouteGroupBuilder MapGetCompliance(this RouteGroupBuilder api)
    {
        api.MapGet("/cleaning-compliance", HandleAsync)
            .WithName("GetCleaningCompliance")
            .WithTags("Cleaning")
            .WithSummary("Plan compliance per segment and city day (from, to: YYYY-MM-DD, at most 93 days), each figure explained; optionally of one district.")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Readers))
            .Produces<Page<DayCompliance>>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        string? district, DateOnly? from, DateOnly? to, int? page, int? pageSize, ClaimsPrincipal user, ICleaningStore store, CityClock city, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().District(district).Period("from", from, "to", to, MaxDays);

        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var filter = new PlanFilter(district, CleaningRoles.OwnPlansOnly(user));
        var days = to!.Value.DayNumber - from!.Value.DayNumber + 1;
        var total = await store.CountPlansAsync(filter, cancellationToken) * days;
        var end = Math.Min(total, (long)request.Skip + request.Size);
        if (request.Skip >= end)
        {
            return TypedResults.Ok(new Page<DayCompliance>([], request.Number, request.Size, total));
        }

        // Rows run segment by segment, day by day: the page needs the segments from its first row's to its last row's.
        var firstSegment = request.Skip / days;
        var lastSegment = (int)((end - 1) / days);
        var plans = await store.ListPlansAsync(filter, firstSegment, lastSegment - firstSegment + 1, cancellationToken);
        var runs = (await store.ListRunsAsync([.. plans.Select(p => p.SegmentCode)], from.Value, to.Value, cancellationToken)).ToLookup(r => r.SegmentCode);
        var rows = new List<DayCompliance>();
        for (var row = (long)request.Skip; row < end && (int)(row / days) - firstSegment < plans.Count; row++)
        {
            var plan = plans[(int)(row / days) - firstSegment];
            rows.Add(CleaningCompliance.Of(plan, from.Value.AddDays((int)(row % days)), runs[plan.SegmentCode], city.Zone));
        }

        return TypedResults.Ok(new Page<DayCompliance>(rows, request.Number, request.Size, total));
    }
}
