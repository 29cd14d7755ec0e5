using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Evaluation;
using Microsoft.Extensions.Time.Testing;
using static DigitalCity.Tests.Unit.Inspection.CaseJourney;

namespace DigitalCity.Tests.Unit.Inspection.Evaluation;

/// <summary>Which facts each case event establishes, on which day and for whom (docs/evaluation.md).</summary>
public class FactProjectorTests
{
    static readonly CasePlace Place = new("41081100100102", "示范网格", "410811001001", "410811001", "410811", "山阳区");

    readonly FactProjector _projector = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    /// <summary>Sunday 2023-01-22 09:30 in Jiaozuo.</summary>
    readonly FakeTimeProvider _time = TestData.Clock();

    Case Reported() => Case.Report(TestData.Report(), TestData.ExposedGarbage, Reporter, null, _time, Place);

    Case Dispatched(params string[] departments)
    {
        var @case = Reported();
        @case.File(ShiftLead, Urgency.Normal, _time.Next());
        @case.Dispatch(Dispatcher, [.. departments.Select(d => new DepartmentAssignment(d, Later(_time, TimeSpan.FromHours(4)), "4 Hours"))], _time.Next());
        return @case;
    }

    IReadOnlyList<EvaluationFact> Project(Case @case, IIntegrationEvent @event) => _projector.Project(@event, @case);

    static T Last<T>(Case @case) => @case.PendingEvents().OfType<T>().Last();

    static EvaluationFact Single(IEnumerable<EvaluationFact> facts, string indicator) => Assert.Single(facts, f => f.Indicator == indicator);

    static DateOnly Day(int month, int day) => new(2023, month, day);

    /// <summary>The event as the aggregate will publish it once it fills the on-time flags.</summary>
    static IIntegrationEvent WithOnTime(IIntegrationEvent @event, bool? onTime) => @event switch
    {
        CaseVerified e => e with { OnTime = onTime },
        CaseRechecked e => e with { OnTime = onTime },
        CaseDispatched e => e with { OnTime = onTime },
        CaseAssignmentHandled e => e with { OnTime = onTime },
        CaseHandled e => e with { OnTime = onTime },
        CaseClosed e => e with { OnTime = onTime },
        _ => @event,
    };

    [Fact]
    public void A_report_counts_for_its_reporter_and_place_on_the_city_day_it_was_made()
    {
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 22, 17, 0, 0, TimeSpan.Zero));
        var @case = Reported();

        var fact = Assert.Single(Project(@case, Last<CaseReported>(@case)));

        Assert.Equal(new EvaluationFact(Indicators.Reports, @case.Id.ToString("N"), Day(1, 23), "410811", "410811001", "41081100100102", null, Reporter), fact);
    }

    [Fact]
    public void A_report_projected_from_its_event_alone_gives_the_facts_projected_with_the_case()
    {
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 22, 17, 0, 0, TimeSpan.Zero));
        var placed = Reported();
        var unplaced = Case.Report(TestData.Report(), TestData.ExposedGarbage, Reporter, null, _time, place: null);

        Assert.Equal(Project(placed, Last<CaseReported>(placed)), _projector.ProjectReported(Last<CaseReported>(placed)));
        Assert.Equal(Project(unplaced, Last<CaseReported>(unplaced)), _projector.ProjectReported(Last<CaseReported>(unplaced)));
    }

    [Fact]
    public void A_report_event_from_before_it_named_the_street_needs_the_case()
    {
        var @case = Reported();

        Assert.Null(_projector.ProjectReported(Last<CaseReported>(@case) with { StreetCode = null }));
    }

    [Fact]
    public void Filing_counts_a_valid_report_and_a_filing_on_the_day_of_the_report()
    {
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 22, 15, 0, 0, TimeSpan.Zero));
        var @case = Reported();
        _time.Advance(TimeSpan.FromHours(2));
        @case.File(ShiftLead, Urgency.Normal, _time);

        var facts = Project(@case, Last<CaseFiled>(@case));

        Assert.Equal([Indicators.ValidReports, Indicators.Filed], facts.Select(f => f.Indicator));
        Assert.All(facts, f => Assert.Equal((Day(1, 22), Reporter, @case.Id.ToString("N")), (f.Day, f.Person, f.Subject)));
    }

    [Fact]
    public void A_self_handled_report_is_valid_and_a_voided_one_is_counted_against_its_filing()
    {
        var selfHandled = Reported();
        selfHandled.SelfHandle(Reporter, "已当场清理", Photo, _time.Next());
        var voided = Reported();
        voided.File(ShiftLead, Urgency.Normal, _time.Next());
        voided.RequestVoid(Dispatcher, "重复上报", _time.Next());
        voided.ApproveVoid(ShiftLead, _time.Next());

        Assert.Equal(Indicators.ValidReports, Assert.Single(Project(selfHandled, Last<CaseSelfHandled>(selfHandled))).Indicator);
        Assert.Equal(Indicators.Voided, Assert.Single(Project(voided, Last<CaseVoided>(voided))).Indicator);
    }

    [Fact]
    public void A_dispatch_counts_once_per_department_for_its_dispatcher_and_on_time_only_when_flagged()
    {
        var @case = Dispatched(Departments.Sanitation, Departments.Roads);
        var dispatched = Last<CaseDispatched>(@case);

        var onTime = Project(@case, WithOnTime(dispatched, true));
        var unknown = Project(@case, WithOnTime(dispatched, null));

        Assert.Equal(4, onTime.Count);
        Assert.Equal(2, onTime.Count(f => f.Indicator == Indicators.DispatchesOnTime));
        Assert.Equal([Departments.Sanitation, Departments.Roads], unknown.Select(f => f.Department));
        Assert.All(unknown, f => Assert.Equal((Indicators.Dispatches, Dispatcher), (f.Indicator, f.Person)));
        Assert.NotEqual(unknown[0].Subject, unknown[1].Subject);
    }

    [Fact]
    public void A_return_counts_against_the_dispatch_it_undoes_on_the_day_of_that_dispatch()
    {
        var @case = Dispatched(Departments.Sanitation, Departments.Roads);
        _time.Advance(TimeSpan.FromDays(1));
        @case.RequestReturn(Departments.Roads, RoadsHandler, "不属于道路部门", _time);
        @case.ApproveReturn(Dispatcher, _time.Next());

        var dispatch = Project(@case, Last<CaseDispatched>(@case)).Single(f => f.Department == Departments.Roads);
        var returned = Single(Project(@case, Last<CaseReturned>(@case)), Indicators.Returns);

        Assert.Equal((dispatch.Subject, dispatch.Day, Departments.Roads, Dispatcher), (returned.Subject, returned.Day, returned.Department, returned.Person));
    }

    [Fact]
    public void Handling_on_time_makes_the_dispatch_due_and_on_time_and_rework_counts_against_the_same_dispatch_once()
    {
        var @case = Dispatched(Departments.Sanitation);
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, _time.Next());
        var firstHandling = Project(@case, WithOnTime(Last<CaseHandled>(@case), true));
        @case.RequestRecheck(Operator, Officer, _time.Next());
        @case.SubmitRecheck(Officer, false, "仍有垃圾", Photo, _time.Next());
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已彻底清运", Photo, _time.Next());

        var dispatch = Single(Project(@case, Last<CaseDispatched>(@case)), Indicators.Dispatches);
        var reworked = Single(Project(@case, Last<CaseReworkOrdered>(@case)), Indicators.Reworked);
        var secondHandling = Single(Project(@case, WithOnTime(Last<CaseHandled>(@case), false)), Indicators.Handled);

        Assert.Equal([Indicators.Handled, Indicators.HandledOnTime, Indicators.HandlingDue], firstHandling.Select(f => f.Indicator));
        Assert.All(firstHandling.Append(reworked), f => Assert.Equal((dispatch.Subject, Departments.Sanitation, (string?)null), (f.Subject, f.Department, f.Person)));
        Assert.Equal(firstHandling[0], secondHandling);
    }

    [Fact]
    public void Handling_by_the_due_instant_counts_as_handled_on_time_and_due_and_an_unknown_flag_only_as_handled()
    {
        var @case = Dispatched(Departments.Sanitation, Departments.Roads);
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", Photo, _time.Next());
        var handled = Last<CaseAssignmentHandled>(@case);

        var facts = Project(@case, handled);
        var unknown = Project(@case, handled with { OnTime = null });

        Assert.Equal([Indicators.Handled, Indicators.HandledOnTime, Indicators.HandlingDue], facts.Select(f => f.Indicator));
        Assert.Equal(Indicators.Handled, Assert.Single(unknown).Indicator);
    }

    [Fact]
    public void An_overdue_dispatch_is_due_from_the_day_it_went_red_and_its_late_closing_counts_on_that_day()
    {
        var @case = Dispatched(Departments.Sanitation);
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 23, 2, 0, 0, TimeSpan.Zero));
        @case.RecordDeadline(Departments.Sanitation, Red(), _time);
        _time.Advance(TimeSpan.FromDays(2));
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, _time);
        @case.RequestRecheck(Operator, Officer, _time.Next());
        @case.SubmitRecheck(Officer, true, null, Photo, _time.Next());
        @case.Close(ShiftLead, _time.Next());

        var overdue = Project(@case, Last<CaseOverdue>(@case));
        var handled = Project(@case, WithOnTime(Last<CaseHandled>(@case), false));
        var closed = Project(@case, WithOnTime(Last<CaseClosed>(@case), false));

        Assert.Equal([Indicators.HandlingDue, Indicators.ClosingDue, Indicators.DepartmentClosingDue], overdue.Select(f => f.Indicator));
        Assert.Equal(Indicators.Handled, Assert.Single(handled).Indicator);
        Assert.Equal(
            [Indicators.Closed, Indicators.ClosingDue, Indicators.DepartmentClosed, Indicators.DepartmentClosingDue],
            closed.Select(f => f.Indicator));
        Assert.All(overdue.Concat(handled).Concat(closed), f => Assert.Equal(Day(1, 23), f.Day));
        Assert.Equal(Single(overdue, Indicators.ClosingDue), Single(closed, Indicators.ClosingDue));
        Assert.Equal(Single(overdue, Indicators.DepartmentClosingDue), Single(closed, Indicators.DepartmentClosingDue));
        Assert.Equal(Single(overdue, Indicators.HandlingDue).Subject, handled[0].Subject);
    }

    [Fact]
    public void Closing_counts_for_the_case_and_for_each_department_not_returned()
    {
        var @case = Dispatched(Departments.Sanitation, Departments.Roads);
        @case.RequestReturn(Departments.Roads, RoadsHandler, "不属于道路部门", _time.Next());
        @case.ApproveReturn(Dispatcher, _time.Next());
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, _time.Next());
        @case.RequestRecheck(Operator, Officer, _time.Next());
        @case.SubmitRecheck(Officer, true, null, Photo, _time.Next());
        @case.Close(ShiftLead, _time.Next());

        var facts = Project(@case, WithOnTime(Last<CaseClosed>(@case), true));

        Assert.Equal(
            [Indicators.Closed, Indicators.ClosingDue, Indicators.ClosedOnTime, Indicators.DepartmentClosed, Indicators.DepartmentClosingDue, Indicators.DepartmentClosedOnTime],
            facts.Select(f => f.Indicator));
        Assert.Equal([null, null, null, Departments.Sanitation, Departments.Sanitation, Departments.Sanitation], facts.Select(f => f.Department));
    }

    [Fact]
    public void An_answer_on_time_counts_against_the_verification_or_recheck_it_answers_for_the_officer_asked()
    {
        var @case = Reported();
        @case.RequestVerification(Operator, Officer, "请核实", _time.Next());
        _time.Advance(TimeSpan.FromDays(1));
        @case.SubmitVerification(Officer, true, "属实", Photo, _time);

        var requested = Assert.Single(Project(@case, Last<CaseVerificationRequested>(@case)));
        var onTime = Assert.Single(Project(@case, WithOnTime(Last<CaseVerified>(@case), true)));
        var late = Project(@case, WithOnTime(Last<CaseVerified>(@case), false));

        Assert.Equal((Indicators.VerificationsRequested, Officer, Day(1, 22)), (requested.Indicator, requested.Person, requested.Day));
        Assert.Equal((Indicators.VerificationsOnTime, requested.Subject, Officer, Day(1, 22)), (onTime.Indicator, onTime.Subject, onTime.Person, onTime.Day));
        Assert.Empty(late);
    }

    [Fact]
    public void Events_projected_in_any_order_or_twice_give_the_same_facts()
    {
        var @case = Dispatched(Departments.Sanitation, Departments.Roads);
        @case.RequestReturn(Departments.Roads, RoadsHandler, "不属于道路部门", _time.Next());
        @case.ApproveReturn(Dispatcher, _time.Next());
        _time.Advance(TimeSpan.FromDays(1));
        @case.RecordDeadline(Departments.Sanitation, Red(), _time);
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, _time.Next());
        @case.RequestRecheck(Operator, Officer, _time.Next());
        @case.SubmitRecheck(Officer, false, "仍有垃圾", Photo, _time.Next());
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已彻底清运", Photo, _time.Next());
        @case.RequestRecheck(Operator, Officer, _time.Next());
        @case.SubmitRecheck(Officer, true, null, Photo, _time.Next());
        @case.Close(ShiftLead, _time.Next());
        var events = @case.PendingEvents().Select(e => WithOnTime(e, true)).ToList();

        var inOrder = Recorded(events.SelectMany(e => Project(@case, e)));
        var reversed = Recorded(Enumerable.Reverse(events).Concat(events).SelectMany(e => Project(@case, e)));

        Assert.Equal(inOrder, reversed);
        Assert.Equal(1, inOrder.Count(f => f.Indicator == Indicators.Handled));
        Assert.Equal(1, inOrder.Count(f => f.Indicator == Indicators.HandlingDue));
    }

    /// <summary>What an insert-if-absent store keeps: the first fact of each indicator and subject.</summary>
    static HashSet<EvaluationFact> Recorded(IEnumerable<EvaluationFact> facts) => [.. facts.DistinctBy(f => (f.Indicator, f.Subject))];

    static DeadlineProgress Red() =>
        new(TimeKind.Natural, TimeSpan.FromHours(4), TimeSpan.FromHours(5), TimeSpan.FromHours(-1), 1.25, TrafficLight.Red, DateTimeOffset.MinValue, false);
}
