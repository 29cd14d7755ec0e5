using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;

namespace DigitalCity.Sanitation.Clearance;

/// <summary>
/// 日产日清 — judges each active collection point's day once its cut-off has passed: cleared when its first
/// collection that day came by the cut-off (the point's own <c>clearBy</c>, else <see cref="ClearanceOptions.CutOff"/>,
/// city-local), missed otherwise. A point registered after a day's cut-off is not due that day; a retired point is
/// not due. Each outcome is stored once, so a day is judged the same however often the sweep runs.
/// </summary>
public sealed class ClearanceJudge(IFacilityStore facilities, ICollectionStore collections, IClearanceStore outcomes, ClearanceOptions options, CityClock clock, TimeProvider time)
{
    /// <summary>Judges every day from <see cref="ClearanceOptions.LookBackDays"/> ago to today whose cut-offs have passed; returns how many outcomes were new.</summary>
    public async Task<int> JudgeDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var points = await ActivePointsAsync(cancellationToken);
        var judged = 0;
        for (var day = clock.DayOf(now).AddDays(-options.LookBackDays); day <= clock.DayOf(now); day = day.AddDays(1))
        {
            judged += await JudgeAsync(day, points, now, cancellationToken);
        }

        return judged;
    }

    /// <summary>The instant of a day's cut-off for a point.</summary>
    public DateTimeOffset ClearBy(Facility point, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(point);
        var local = day.ToDateTime(point.ClearBy ?? options.CutOff, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, clock.Zone), TimeSpan.Zero);
    }

    async Task<int> JudgeAsync(DateOnly day, IReadOnlyList<Facility> points, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = points.Select(p => (Point: p, ClearBy: ClearBy(p, day))).Where(d => d.ClearBy <= now && d.Point.RegisteredAt <= d.ClearBy).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var already = await outcomes.JudgedAsync(day, cancellationToken);
        var open = due.Where(d => !already.Contains(d.Point.Code)).ToList();
        if (open.Count == 0)
        {
            return 0;
        }

        var firsts = await collections.FirstCollectionsAsync(day, cancellationToken);
        var judged = open.Select(d => new ClearanceOutcome(
            d.Point.Code, d.Point.Name, d.Point.DistrictCode, day, d.ClearBy, firsts.TryGetValue(d.Point.Code, out var first) ? first : null, now)).ToList();
        return await outcomes.RecordAsync(judged, cancellationToken);
    }

    async Task<IReadOnlyList<Facility>> ActivePointsAsync(CancellationToken cancellationToken)
    {
        var points = new List<Facility>();
        for (var number = 1; ; number++)
        {
            var page = await facilities.ListAsync(FacilityKind.CollectionPoint, null, new PageRequest(number, PageRequest.MaxSize), cancellationToken);
            points.AddRange(page.Items.Where(p => !p.Retired));
            if (page.Items.Count < PageRequest.MaxSize)
            {
                return points;
            }
        }
    }
}
