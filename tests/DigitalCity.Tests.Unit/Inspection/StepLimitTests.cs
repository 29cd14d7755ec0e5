using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Cases.Steps;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Configuration;
using static DigitalCity.Tests.Unit.Inspection.CaseJourney;

namespace DigitalCity.Tests.Unit.Inspection;

/// <summary>Step limits (domain §4): each step's due instant is set when it starts and judged when it ends.</summary>
public class StepLimitTests
{
    static readonly DeadlineCalculator Calculator = new(WorkCalendar.China2023());
    static readonly StepLimits Limits = StepLimits.Defaults(Calculator);

    static T Last<T>(Case @case) => @case.PendingEvents().OfType<T>().Last();

    [Fact]
    public void Defaults_follow_domain_4()
    {
        Assert.Equal(
            ("1 Hours", "30 Minutes", "10 Minutes", "1 Hours", "2 Hours", "5 WorkingDays"),
            (Limits.Verify.ToString(), Limits.FileAndDispatch(false).ToString(), Limits.FileAndDispatch(true).ToString(),
                Limits.Acknowledge.ToString(), Limits.Recheck.ToString(), Limits.MaxExtension.ToString()));
    }

    [Fact]
    public void A_setting_that_is_not_a_time_limit_stops_startup_naming_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Inspection:StepLimits:Recheck"] = "two hours" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => StepLimitOptions.Load(configuration, Calculator));

        Assert.Contains("Inspection:StepLimits:Recheck", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(61, false)]
    public void A_verification_is_on_time_within_the_verify_limit(int minutes, bool onTime)
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.RequestVerification(Operator, Officer, null, time, Limits);
        Assert.Equal(time.GetUtcNow().AddHours(1), @case.Verification!.Deadline?.DueAt);

        time.Advance(TimeSpan.FromMinutes(minutes));
        @case.SubmitVerification(Officer, true, null, [], time);

        Assert.Equal(onTime, Last<CaseVerified>(@case).OnTime);
    }

    [Fact]
    public void Without_limits_no_step_is_judged()
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.RequestVerification(Operator, Officer, null, time);
        @case.SubmitVerification(Officer, true, null, [], time);

        Assert.Null(@case.Verification!.Deadline?.DueAt);
        Assert.Null(Last<CaseVerified>(@case).OnTime);
    }

    [Theory]
    [InlineData(Urgency.Normal, 25, true)]
    [InlineData(Urgency.Normal, 35, false)]
    [InlineData(Urgency.Urgent, 8, true)]
    [InlineData(Urgency.Urgent, 12, false)]
    public void File_and_dispatch_is_timed_from_the_report_by_urgency(Urgency urgency, int minutes, bool onTime)
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        var reportedAt = time.GetUtcNow();
        time.Advance(TimeSpan.FromMinutes(2));
        @case.File(ShiftLead, urgency, time, Limits);
        Assert.Equal(reportedAt.AddMinutes(urgency == Urgency.Urgent ? 10 : 30), @case.DispatchDeadline?.DueAt);

        time.Advance(TimeSpan.FromMinutes(minutes - 2));
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, time.GetUtcNow().AddHours(4), "4 Hours")], time, Limits);

        Assert.Equal(onTime, Last<CaseDispatched>(@case).OnTime);
    }

    [Fact]
    public void A_dispatch_carries_the_case_report_for_the_department()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, time.GetUtcNow().AddHours(4), "4 Hours")], time, Limits);

        var dispatched = Last<CaseDispatched>(@case);
        Assert.Equal((@case.CategoryCode, @case.Address, @case.Description, @case.Location), (dispatched.CategoryCode, dispatched.Address, dispatched.Description, dispatched.Location));
    }

    [Fact]
    public void After_a_return_the_redispatch_gets_a_fresh_file_and_dispatch_limit()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Roads, time.GetUtcNow().AddHours(4), "4 Hours")], time, Limits);
        time.Advance(TimeSpan.FromHours(2));
        @case.RequestReturn(Departments.Roads, RoadsHandler, "不属于道路部门", time);
        @case.ApproveReturn(Dispatcher, time, Limits);

        Assert.Equal(time.GetUtcNow().AddMinutes(30), @case.DispatchDeadline?.DueAt);
        time.Advance(TimeSpan.FromMinutes(10));
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, time.GetUtcNow().AddHours(4), "4 Hours")], time, Limits);
        Assert.True(Last<CaseDispatched>(@case).OnTime);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(90, false)]
    public void A_department_acknowledges_within_the_acknowledge_limit(int minutes, bool onTime)
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, time.GetUtcNow().AddHours(4), "4 Hours")], time, Limits);
        Assert.Equal(time.GetUtcNow().AddHours(1), @case.Assignments[0].AcknowledgeDeadline?.DueAt);

        time.Advance(TimeSpan.FromMinutes(minutes));
        @case.Acknowledge(Departments.Sanitation, SanitationCrew, time);

        var acknowledged = Last<CaseAcknowledged>(@case);
        Assert.Equal((Departments.Sanitation, SanitationCrew, (bool?)onTime), (acknowledged.DepartmentCode, acknowledged.AcknowledgedBy, acknowledged.OnTime));
        Assert.Equal(time.GetUtcNow(), @case.Assignments[0].AcknowledgedAt);
        Assert.Equal(CaseActions.Acknowledge, @case.History[^1].Action);
    }

    [Fact]
    public void A_task_is_acknowledged_once_and_only_by_its_department()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.Acknowledge(Departments.Sanitation, SanitationCrew, time);

        Assert.Throws<InvalidTransitionException>(() => @case.Acknowledge(Departments.Sanitation, SanitationCrew, time));
        Assert.Throws<AccessDeniedException>(() => @case.Acknowledge(Departments.Greening, GreeningHandler, time));
    }

    [Fact]
    public void Handling_is_judged_on_the_live_deadline_so_a_suspension_gives_the_time_back()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        var now = time.GetUtcNow();
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, now.AddHours(2), "2 Hours")], time, Limits);
        time.Advance(TimeSpan.FromMinutes(30));
        @case.RequestSuspension(Departments.Sanitation, SanitationCrew, "等待施工", time);
        @case.ApproveSuspension(Dispatcher, time);
        time.Advance(TimeSpan.FromHours(3));
        @case.Resume(Dispatcher, time);
        time.Advance(TimeSpan.FromMinutes(80));

        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, time, Calculator);

        Assert.True(Last<CaseHandled>(@case).OnTime);
        Assert.True(@case.Assignments[0].Handling!.OnTime);
    }

    [Fact]
    public void A_late_department_makes_the_closing_late()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, time.Next(), Calculator);
        time.Advance(TimeSpan.FromDays(2));
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", Photo, time, Calculator);
        @case.RequestRecheck(Operator, Officer, time, Limits);
        time.Advance(TimeSpan.FromMinutes(100));
        @case.SubmitRecheck(Officer, true, null, Photo, time);
        @case.Close(ShiftLead, time.Next());

        Assert.True(@case.PendingEvents().OfType<CaseAssignmentHandled>().Single().OnTime);
        Assert.False(Last<CaseHandled>(@case).OnTime);
        Assert.True(Last<CaseRechecked>(@case).OnTime);
        Assert.False(Last<CaseClosed>(@case).OnTime);
    }

    [Fact]
    public void A_self_handled_case_closes_with_no_limit_to_judge()
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.SelfHandle(Reporter, "已处理", Photo, time);
        @case.Close(ShiftLead, time.Next());

        Assert.Null(Last<CaseClosed>(@case).OnTime);
    }

    [Fact]
    public void An_extension_longer_than_the_maximum_or_in_another_kind_of_time_is_refused()
    {
        var assignment = new CaseAssignment(Departments.Sanitation, Dispatcher, TestData.SpringFestival, TestData.SpringFestival.AddHours(4), AssignmentStatus.Processing, null, "4 WorkingHours");

        var tooLong = Assert.Throws<ArgumentException>(() => ExtensionRules.Check(Limits, assignment, "6 WorkingDays"));
        var otherKind = Assert.Throws<ArgumentException>(() => ExtensionRules.Check(Limits, assignment, "3 Hours"));

        Assert.Equal(("extraTime", "extraTime"), (tooLong.ParamName, otherKind.ParamName));
        Assert.Contains("at most 5 WorkingDays", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal("2 WorkingHours", ExtensionRules.Check(Limits, assignment, "2 workinghours").ToString());
    }

    static IReadOnlyList<(Type Kind, string Step, string Department, string? Officer)> Alerts(Case @case) =>
    [
        .. @case.PendingEvents().Select(e => e switch
        {
            CaseDeadlineWarning w => ((Type Kind, string Step, string Department, string? Officer)?)(typeof(CaseDeadlineWarning), w.Step, w.Department, w.OfficerId),
            CaseOverdue o => (typeof(CaseOverdue), o.Step, o.Department, o.OfficerId),
            _ => null,
        }).OfType<(Type, string, string, string?)>(),
    ];

    [Fact]
    public void The_sweep_warns_once_and_raises_overdue_once_for_a_verification_naming_the_officer()
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.RequestVerification(Operator, Officer, null, time, Limits);

        time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(1, @case.RecordStepDeadlines(Calculator, time));
        Assert.Equal(0, @case.RecordStepDeadlines(Calculator, time));
        time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, @case.RecordStepDeadlines(Calculator, time));

        Assert.Equal(
            [(typeof(CaseDeadlineWarning), DeadlineSteps.Verification, DeadlineSteps.SupervisionCentre, Officer),
             (typeof(CaseOverdue), DeadlineSteps.Verification, DeadlineSteps.SupervisionCentre, Officer)],
            Alerts(@case));
        Assert.Equal(DeadlineAlert.Overdue, @case.Verification!.Deadline!.Alert);
    }

    [Fact]
    public void The_sweep_times_file_and_dispatch_for_the_command_centre_and_stops_once_dispatched()
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.File(ShiftLead, Urgency.Normal, time, Limits);
        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, @case.RecordStepDeadlines(Calculator, time));

        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, time.GetUtcNow().AddHours(4), "4 Hours")], time, Limits);
        @case.Acknowledge(Departments.Sanitation, SanitationCrew, time);
        time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, @case.RecordStepDeadlines(Calculator, time));

        Assert.Equal([(typeof(CaseOverdue), DeadlineSteps.Dispatch, DeadlineSteps.CommandCentre, (string?)null)], Alerts(@case));
        Assert.False(Last<CaseDispatched>(@case).OnTime);
    }

    [Fact]
    public void The_sweep_times_each_departments_acknowledgement_and_a_recheck()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, time.GetUtcNow().AddDays(1), "1 NaturalDays"), new(Departments.Roads, time.GetUtcNow().AddDays(1), "1 NaturalDays")], time, Limits);
        @case.Acknowledge(Departments.Roads, RoadsHandler, time.Next());
        time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(1, @case.RecordStepDeadlines(Calculator, time));

        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, time, Calculator);
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", Photo, time, Calculator);
        @case.RequestRecheck(Operator, Officer, time, Limits);
        time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, @case.RecordStepDeadlines(Calculator, time));

        Assert.Equal(
            [(typeof(CaseDeadlineWarning), DeadlineSteps.Acknowledge, Departments.Sanitation, (string?)null),
             (typeof(CaseOverdue), DeadlineSteps.Recheck, DeadlineSteps.SupervisionCentre, Officer)],
            Alerts(@case));
    }
}
