using DigitalCity.Contracts.Sanitation;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>
/// 一路一策 — the cleaning plan of one road segment: its grade, quality target (e.g. 道路见本色), the methods that
/// clean it (机扫, 冲洗, 人工保洁) each with runs per day, city-local windows and crew, and holiday overrides
/// that clean it more often and for longer. One plan per segment code; every change raises <see cref="CleaningPlanSet"/>.
/// </summary>
public sealed class CleaningPlan : AggregateRoot
{
    CleaningPlan()
    {
    }

    /// <summary>The segment's code, unique in the city (e.g. <c>JF-RMR-01</c>).</summary>
    public string SegmentCode { get; private set; } = "";

    /// <summary>The road, e.g. 人民路.</summary>
    public string RoadName { get; private set; } = "";

    /// <summary>The district's administrative code (解放区 410802, 山阳区 410811, …).</summary>
    public string DistrictCode { get; private set; } = "";

    /// <summary>Where the segment starts, e.g. 解放路口.</summary>
    public string FromDescription { get; private set; } = "";

    /// <summary>Where it ends, e.g. 塔南路口.</summary>
    public string ToDescription { get; private set; } = "";

    public int LengthMetres { get; private set; }

    public RoadGrade Grade { get; private set; }

    /// <summary>The standard the segment is kept to, e.g. 道路见本色、路面无杂物.</summary>
    public string QualityTarget { get; private set; } = "";

    public IReadOnlyList<MethodSchedule> Methods { get; private set; } = [];

    public IReadOnlyList<HolidayOverride> Overrides { get; private set; } = [];

    /// <summary>Everyone in any method's crew, for "the plans I crew" queries.</summary>
    public IReadOnlyList<string> CrewIds { get; private set; } = [];

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string SetBy { get; private set; } = "";

    public DateTimeOffset SetAt { get; private set; }

    public static CleaningPlan Create(PlanSpec spec, string createdBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var now = time.GetUtcNow();
        var plan = new CleaningPlan { Id = Guid.CreateVersion7(now), SegmentCode = spec.SegmentCode, CreatedBy = createdBy, CreatedAt = now };
        plan.Apply(spec, createdBy, now);
        return plan;
    }

    /// <summary>
    /// Replaces the plan with <paramref name="spec"/>, if <paramref name="expectedVersion"/> is the version the
    /// supervisor read; otherwise someone else changed it since (<see cref="ConcurrencyConflictException"/>).
    /// </summary>
    public void Revise(PlanSpec spec, long expectedVersion, string setBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(nameof(CleaningPlan), Id, expectedVersion);
        }

        if (spec.SegmentCode != SegmentCode)
        {
            throw new ArgumentException($"The plan is of segment {SegmentCode}, not {spec.SegmentCode}.", nameof(spec));
        }

        Apply(spec, setBy, time.GetUtcNow());
    }

    public MethodSchedule? Method(CleaningMethod method) => Methods.FirstOrDefault(m => m.Method == method);

    /// <summary>Whether <paramref name="userId"/> is in the crew of any method.</summary>
    public bool HasCrewMember(string userId) => CrewIds.Contains(userId, StringComparer.Ordinal);

    /// <summary>The override covering <paramref name="day"/>, if any (overrides never overlap).</summary>
    public HolidayOverride? OverrideOn(DateOnly day) => Overrides.FirstOrDefault(o => o.Covers(day));

    /// <summary>What the plan asks of <paramref name="day"/>: the override's runs and windows for the methods it names, the base plan's for the rest.</summary>
    public DaySchedule ScheduleOn(DateOnly day)
    {
        var holiday = OverrideOn(day);
        return new DaySchedule(day, holiday, [.. Methods.Select(m => holiday?.Methods.FirstOrDefault(o => o.Method == m.Method) is { } o
            ? new ScheduledMethod(m.Method, o.RunsPerDay, o.Windows, true)
            : new ScheduledMethod(m.Method, m.RunsPerDay, m.Windows, false))]);
    }

    void Apply(PlanSpec spec, string setBy, DateTimeOffset now)
    {
        RoadName = spec.RoadName;
        DistrictCode = spec.DistrictCode;
        FromDescription = spec.FromDescription;
        ToDescription = spec.ToDescription;
        LengthMetres = spec.LengthMetres;
        Grade = spec.Grade;
        QualityTarget = spec.QualityTarget;
        Methods = [.. spec.Methods.OrderBy(m => m.Method)];
        Overrides = [.. spec.Overrides.OrderBy(o => o.From)];
        CrewIds = [.. Methods.SelectMany(m => m.Crew).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        SetBy = setBy;
        SetAt = now;
        Raise(new CleaningPlanSet(Guid.NewGuid(), now, Id, SegmentCode, RoadName, DistrictCode, Grade.ToString(), QualityTarget,
            [.. Methods.Select(m => Item(m.Method, m.RunsPerDay, m.Windows, m.Crew))],
            [.. Overrides.Select(o => new CleaningOverridePeriod(o.Name, o.From, o.To,
                [.. o.Methods.Select(m => Item(m.Method, m.RunsPerDay, m.Windows, Method(m.Method)?.Crew ?? []))]))],
            Version + 1, setBy));
    }

    static CleaningScheduleItem Item(CleaningMethod method, int runsPerDay, IReadOnlyList<TimeWindow> windows, IReadOnlyList<string> crew) =>
        new(method.ToString(), runsPerDay, [.. windows.Select(w => w.ToString())], crew);
}

/// <summary>A road segment's plan as a supervisor sets it, validated (<see cref="PlanRequest"/>).</summary>
public sealed record PlanSpec(
    string SegmentCode,
    string RoadName,
    string DistrictCode,
    string FromDescription,
    string ToDescription,
    int LengthMetres,
    RoadGrade Grade,
    string QualityTarget,
    IReadOnlyList<MethodSchedule> Methods,
    IReadOnlyList<HolidayOverride> Overrides);
