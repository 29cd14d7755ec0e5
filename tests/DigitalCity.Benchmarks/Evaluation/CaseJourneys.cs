using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Deadlines;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Benchmarks.Evaluation;

/// <summary>
/// Walks one case through a year's realistic mix of paths with the real <see cref="Case"/> aggregate on a
/// fake clock and the real <see cref="StepLimits"/>, so every on-time flag is the aggregate's own
/// judgement: most cases are reported, sometimes verified, filed, dispatched (some to two departments,
/// some returned and re-dispatched), acknowledged, handled (some late, caught overdue by a sweep first),
/// re-checked (some failing into rework) and closed; others are rejected, handled on the spot by their
/// reporter, voided, or still in handling at the end. Reports fall on every day of <see cref="Year"/>
/// between 07:00 and 19:00 city time.
/// </summary>
sealed class CaseJourneys(StepLimits limits, SeedPlaces places, SeedTally tally)
{
    public const int Year = 2023;

    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly string[] NoPhotos = [];

    readonly DeadlineCalculator _calculator = limits.Calculator;
    readonly IReadOnlyList<Category> _categories = [.. CategoryCatalog.Seed.All.Where(c => c.HandlingLimit is not null)];
    readonly IReadOnlyList<string> _departments = [.. CategoryCatalog.Seed.All.Select(c => c.Department).Distinct(StringComparer.Ordinal)];

    /// <summary>A report instant: any day of <see cref="Year"/>, between 07:00 and 19:00 city time.</summary>
    public static DateTimeOffset ReportInstant(Random random) =>
        new DateTimeOffset(Year, 1, 1, 7, 0, 0, China).AddDays(random.Next(DateTime.IsLeapYear(Year) ? 366 : 365)).AddSeconds(random.Next(12 * 3600));

    /// <summary>The <paramref name="n"/>-th case, reported at <paramref name="reportedAt"/> and walked to its end; its events are still pending on it.</summary>
    public Case Walk(int n, DateTimeOffset reportedAt, Random random)
    {
        var clock = new FakeTimeProvider(reportedAt);
        var place = random.NextDouble() < 0.03 ? null : places.Pick(random);
        var reporter = SeedPlaces.OfficerOf(place, random);
        var category = _categories[random.Next(_categories.Count)];
        var report = new CaseReport(new GeoPoint(113.2 + random.NextDouble() * 0.1, 35.2 + random.NextDouble() * 0.05), $"seed address {n}", "seed report", NoPhotos);
        var @case = Case.Report(report, category, reporter, null, clock, place);
        var month = reportedAt.ToOffset(China).Month;
        tally.Reported(place?.DistrictCode, month);

        var path = random.NextDouble() switch
        {
            < 0.05 => "rejected",
            < 0.10 => "self-handled",
            < 0.13 => "voided",
            < 0.14 => "still in handling",
            _ => "closed",
        };
        tally.Paths.AddOrUpdate(path, 1, (_, count) => count + 1);
        switch (path)
        {
            case "rejected":
                Wait(clock, random, 5, 60);
                @case.Reject(Operator(random), "不属于城管范围", clock);
                return @case;
            case "self-handled":
                Wait(clock, random, 1, 10);
                @case.SelfHandle(reporter, "已当场处理", NoPhotos, clock);
                Wait(clock, random, 30, 240);
                @case.Close(ShiftLead(random), clock);
                return @case;
        }

        if (random.NextDouble() < 0.4)
        {
            Wait(clock, random, 2, 30);
            var officer = SeedPlaces.OfficerOf(place, random);
            @case.RequestVerification(Operator(random), officer, "请核实", clock, limits);
            Wait(clock, random, 10, random.NextDouble() < 0.1 ? 150 : 55);
            @case.SubmitVerification(officer, true, "属实", NoPhotos, clock);
        }

        Wait(clock, random, 3, 20);
        @case.File(ShiftLead(random), random.NextDouble() < 0.1 ? Urgency.Urgent : Urgency.Normal, clock, limits);
        tally.Filed(place?.DistrictCode, month);
        Wait(clock, random, 2, 25);
        var departments = random.NextDouble() < 0.1 ? [category.Department, Other(category.Department, random)] : new[] { category.Department };
        Dispatch(@case, departments, clock, random);
        foreach (var department in departments)
        {
            Wait(clock, random, 5, 40);
            @case.Acknowledge(department, $"{department}-crew", clock);
        }

        if (path == "voided")
        {
            Wait(clock, random, 10, 120);
            @case.RequestVoid(Dispatcher(random), "重复立案", clock);
            Wait(clock, random, 5, 60);
            @case.ApproveVoid(ShiftLead(random), clock);
            return @case;
        }

        if (random.NextDouble() < 0.04)
        {
            // 回退: the first department says it is not theirs; when it was the only one, another gets the case.
            var returning = departments[0];
            Wait(clock, random, 10, 30);
            @case.RequestReturn(returning, $"{returning}-crew", "不属于本部门", clock);
            Wait(clock, random, 2, 10);
            @case.ApproveReturn(Dispatcher(random), clock, limits);
            if (@case.Status == CaseStatus.Filed)
            {
                Wait(clock, random, 5, 20);
                var other = Other(returning, random);
                Dispatch(@case, [other], clock, random);
                Wait(clock, random, 5, 40);
                @case.Acknowledge(other, $"{other}-crew", clock);
            }
        }

        if (path == "still in handling")
        {
            return @case;
        }

        Handle(@case, clock, random, lateShare: 0.15);
        for (var passed = false; !passed;)
        {
            Wait(clock, random, 10, 60);
            var officer = SeedPlaces.OfficerOf(place, random);
            @case.RequestRecheck(Operator(random), officer, clock, limits);
            Wait(clock, random, 20, random.NextDouble() < 0.1 ? 200 : 110);
            passed = @case.ReworkCount > 0 || random.NextDouble() >= 0.07;
            @case.SubmitRecheck(officer, passed, passed ? "已整改" : "仍有残留", NoPhotos, clock);
            if (!passed)
            {
                Handle(@case, clock, random, lateShare: 0.5);
            }
        }

        Wait(clock, random, 5, 60);
        @case.Close(ShiftLead(random), clock);
        return @case;
    }

    void Dispatch(Case @case, IReadOnlyList<string> departments, FakeTimeProvider clock, Random random)
    {
        var limit = @case.CategoryRules!.LimitFor(@case.Urgency) ?? "1 WorkingDays";
        var dueAt = limits.DueAt(TimeLimit.Parse(limit), clock.GetUtcNow());
        @case.Dispatch(Dispatcher(random), [.. departments.Select(d => new DepartmentAssignment(d, dueAt, limit))], clock, limits);
        foreach (var department in departments)
        {
            tally.Dispatched(department, clock.GetUtcNow().ToOffset(China).Month);
        }
    }

    /// <summary>
    /// Each department still working reports its result: most within their deadline (20–95 % of the time
    /// to it), <paramref name="lateShare"/> of them late (105–200 %), and a late one is first caught by the
    /// deadline sweep a few minutes after its due instant, as <see cref="DeadlineSweep"/> does.
    /// </summary>
    void Handle(Case @case, FakeTimeProvider clock, Random random, double lateShare)
    {
        var now = clock.GetUtcNow();
        var steps = new List<(DateTimeOffset At, string Department, bool Sweep)>();
        foreach (var assignment in @case.Assignments.Where(a => a.Status == AssignmentStatus.Processing))
        {
            var dueAt = _calculator.DueAt(@case.DeadlineOf(assignment)!, now);
            var late = random.NextDouble() < lateShare || dueAt <= now;
            var span = Max(dueAt - assignment.DispatchedAt, TimeSpan.FromMinutes(10));
            var handledAt = Max(
                assignment.DispatchedAt + (span * (late ? 1.05 + (random.NextDouble() * 0.95) : 0.2 + (random.NextDouble() * 0.75))),
                now + TimeSpan.FromMinutes(1 + random.Next(30)));
            if (late)
            {
                var sweptAt = Max(dueAt, now) + TimeSpan.FromMinutes(1 + random.Next(10));
                steps.Add((sweptAt, assignment.DepartmentCode, true));
                handledAt = Max(handledAt, sweptAt + TimeSpan.FromMinutes(5 + random.Next(25)));
            }

            steps.Add((handledAt, assignment.DepartmentCode, false));
        }

        foreach (var (at, department, sweep) in steps.OrderBy(s => s.At))
        {
            clock.SetUtcNow(Max(at, clock.GetUtcNow()));
            if (sweep)
            {
                var assignment = @case.Assignments.First(a => a.DepartmentCode == department && a.Status == AssignmentStatus.Processing);
                @case.RecordDeadline(department, _calculator.Evaluate(@case.DeadlineOf(assignment)!, clock.GetUtcNow()), clock);
            }
            else
            {
                @case.ReportHandled(department, $"{department}-crew", "已处置", NoPhotos, clock, _calculator);
            }
        }
    }

    string Other(string department, Random random)
    {
        string other;
        do
        {
            other = _departments[random.Next(_departments.Count)];
        }
        while (other == department);
        return other;
    }

    static void Wait(FakeTimeProvider clock, Random random, int fromMinutes, int toMinutes) =>
        clock.Advance(TimeSpan.FromSeconds(random.Next(fromMinutes * 60, toMinutes * 60)));

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static string Operator(Random random) => $"operator-{random.Next(1, 7)}";

    static string ShiftLead(Random random) => $"lead-{random.Next(1, 5)}";

    static string Dispatcher(Random random) => $"dispatcher-{random.Next(1, 6)}";
}
