namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// What the benchmark itself counted of the visits it recorded, per district and day: visits, distinct
/// premises (premises-days), hazards and hazards fixed on the spot. It shares no code with the
/// service's <c>FigureProjector</c>; the figures API must agree with it.
/// </summary>
sealed class VisitTally
{
    readonly Dictionary<(string District, DateOnly Day), Counts> _days = [];

    public long Visits { get; private set; }

    public long Hazards { get; private set; }

    public long FixedOnTheSpot { get; private set; }

    public void Add(PlannedVisit visit)
    {
        var key = (visit.Group.DistrictCode, visit.Group.Day);
        if (!_days.TryGetValue(key, out var counts))
        {
            _days[key] = counts = new Counts();
        }

        counts.Visits++;
        counts.Premises.Add(visit.PremisesId);
        Visits++;
        if (visit.FailedItem is not null)
        {
            counts.Hazards++;
            Hazards++;
        }

        if (visit.FixedOnTheSpot)
        {
            counts.FixedOnTheSpot++;
            FixedOnTheSpot++;
        }
    }

    /// <summary>The counts of one district and day: zero for a day without visits.</summary>
    public (long Visits, long PremisesDays, long Hazards, long FixedOnTheSpot) Of(string district, DateOnly day) =>
        _days.TryGetValue((district, day), out var c) ? (c.Visits, c.Premises.Count, c.Hazards, c.FixedOnTheSpot) : default;

    sealed class Counts
    {
        public long Visits { get; set; }

        public HashSet<Guid> Premises { get; } = [];

        public long Hazards { get; set; }

        public long FixedOnTheSpot { get; set; }
    }
}
