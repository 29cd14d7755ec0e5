using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.CaseJourney;

namespace DigitalCity.Tests.Unit.Inspection;

/// <summary>The closed loop (domain §3) walked through the aggregate's methods, path by path.</summary>
public class CaseLifecycleTests
{
    [Fact]
    public void A_case_walks_the_whole_loop_with_return_extension_suspension_and_rework_before_closing()
    {
        var time = TestData.Clock();
        var @case = Reported(time);

        @case.RequestVerification(Operator, Officer, "请核实现场", time.Next());
        Assert.Equal(CaseStatus.Verifying, @case.Status);
        @case.SubmitVerification(Officer, true, "情况属实", ["verify.jpg"], time.Next());
        Assert.Equal(CaseStatus.Reported, @case.Status);
        Assert.True(@case.Verification!.Confirmed);

        @case.File(ShiftLead, Urgency.Urgent, time.Next());
        Assert.Equal((CaseStatus.Filed, Urgency.Urgent), (@case.Status, @case.Urgency));

        var sanitationDue = Later(time, TimeSpan.FromHours(4));
        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, sanitationDue), new(Departments.Roads, Later(time, TimeSpan.FromDays(1)))], time.Next());
        Assert.Equal(CaseStatus.Dispatched, @case.Status);

        @case.RequestReturn(Departments.Roads, RoadsHandler, "非本部门职责，应为园林", time.Next());
        @case.ApproveReturn(Dispatcher, time.Next());
        Assert.Equal(CaseStatus.Dispatched, @case.Status);
        Assert.Equal(AssignmentStatus.Returned, @case.Assignments.Single(a => a.DepartmentCode == Departments.Roads).Status);

        @case.Dispatch(Dispatcher, [new(Departments.Greening, Later(time, TimeSpan.FromDays(1)))], time.Next());
        var extendedDue = Later(time, TimeSpan.FromDays(3));
        @case.RequestExtension(Departments.Greening, GreeningHandler, extendedDue, "需采购苗木", time.Next());
        @case.ApproveExtension(Dispatcher, time.Next());
        Assert.Equal(extendedDue, @case.Assignments.Single(a => a.DepartmentCode == Departments.Greening).DueAt);

        @case.RequestSuspension(Departments.Greening, GreeningHandler, "冬季不宜栽植", time.Next());
        @case.ApproveSuspension(Dispatcher, time.Next());
        var suspendedAt = time.GetUtcNow();
        Assert.Equal(CaseStatus.Suspended, @case.Status);
        time.Advance(TimeSpan.FromDays(2));
        @case.Resume(Dispatcher, time);
        Assert.Equal(CaseStatus.Dispatched, @case.Status);
        Assert.Equal([new Suspension(suspendedAt, suspendedAt.AddDays(2))], @case.Suspensions);

        Assert.True(@case.RecordHandlingResult(Guid.NewGuid(), Departments.Sanitation, "已清运", Photo, SanitationCrew, time.Next()));
        Assert.Equal(CaseStatus.Dispatched, @case.Status);
        @case.ReportHandled(Departments.Greening, GreeningHandler, "已补植", Photo, time.Next());
        Assert.Equal(CaseStatus.Handled, @case.Status);

        @case.RequestRecheck(Operator, Officer, time.Next());
        @case.SubmitRecheck(Officer, false, "仍有垃圾", ["recheck.jpg"], time.Next());
        Assert.Equal((CaseStatus.Dispatched, 1), (@case.Status, @case.ReworkCount));
        Assert.All(@case.Assignments.Where(a => a.DepartmentCode != Departments.Roads), a => Assert.Equal(AssignmentStatus.Processing, a.Status));

        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已再次清运", Photo, time.Next());
        @case.ReportHandled(Departments.Greening, GreeningHandler, "已补植", Photo, time.Next());
        @case.RequestRecheck(Operator, Officer, time.Next());
        @case.SubmitRecheck(Officer, true, "已整改到位", ["recheck-2.jpg"], time.Next());
        Assert.Equal(CaseStatus.Checking, @case.Status);
        Assert.True(@case.RecheckPassed);

        @case.Close(ShiftLead, time.Next());

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(time.GetUtcNow(), @case.ClosedAt);
        Assert.Equal(
        [
            typeof(CaseReported), typeof(CaseVerificationRequested), typeof(CaseVerified), typeof(CaseFiled),
            typeof(CaseDispatched), typeof(CaseReturnRequested), typeof(CaseReturned), typeof(CaseDispatched),
            typeof(CaseExtensionRequested), typeof(CaseExtended), typeof(CaseSuspensionRequested), typeof(CaseSuspended),
            typeof(CaseResumed), typeof(CaseAssignmentHandled), typeof(CaseHandled), typeof(CaseRecheckRequested),
            typeof(CaseRechecked), typeof(CaseReworkOrdered), typeof(CaseAssignmentHandled), typeof(CaseHandled),
            typeof(CaseRecheckRequested), typeof(CaseRechecked), typeof(CaseClosed),
        ], @case.PendingEvents().Select(e => e.GetType()));
        Assert.Equal(
        [
            "report", "request-verification", "verify", "file", "dispatch", "request-return", "return", "dispatch",
            "request-extension", "extend", "request-suspension", "suspend", "resume", "handle", "handle",
            "request-recheck", "recheck", "rework", "handle", "handle", "request-recheck", "recheck", "close",
        ], @case.History.Select(h => h.Action));
        Assert.Equal(
        [
            CaseStatus.Reported, CaseStatus.Verifying, CaseStatus.Reported, CaseStatus.Filed, CaseStatus.Dispatched,
            CaseStatus.Dispatched, CaseStatus.Dispatched, CaseStatus.Dispatched, CaseStatus.Dispatched, CaseStatus.Dispatched,
            CaseStatus.Dispatched, CaseStatus.Suspended, CaseStatus.Dispatched, CaseStatus.Dispatched, CaseStatus.Handled,
            CaseStatus.Checking, CaseStatus.Checking, CaseStatus.Dispatched, CaseStatus.Dispatched, CaseStatus.Handled,
            CaseStatus.Checking, CaseStatus.Checking, CaseStatus.Closed,
        ], @case.History.Select(h => h.StatusAfter));
    }

    [Fact]
    public void Every_step_records_who_did_it_when_and_for_which_department()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);

        @case.RequestReturn(Departments.Roads, RoadsHandler, "非本部门职责", time.Next());

        var entry = @case.History[^1];
        Assert.Equal((RoadsHandler, "request-return", Departments.Roads, "非本部门职责", time.GetUtcNow()),
            (entry.Actor, entry.Action, entry.DepartmentCode, entry.Comment, entry.At));
        Assert.Equal([Reporter, ShiftLead, Dispatcher, RoadsHandler], @case.History.Select(h => h.Actor));
    }

    [Fact]
    public void Events_carry_the_case_and_what_a_consumer_needs()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        var due = Later(time, TimeSpan.FromHours(4));

        @case.Dispatch(Dispatcher, [new(Departments.Sanitation, due)], time.Next());

        var dispatched = Assert.IsType<CaseDispatched>(@case.PendingEvents()[^1]);
        Assert.Equal((@case.Id, @case.Number, time.GetUtcNow(), Dispatcher), (dispatched.CaseId, dispatched.CaseNumber, dispatched.OccurredAt, dispatched.DispatchedBy));
        Assert.Equal([new DispatchedDepartment(Departments.Sanitation, due)], dispatched.Departments);
        Assert.Equal(@case.PendingEvents().Count, @case.PendingEvents().Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void A_rejected_report_is_final_and_never_filed()
    {
        var time = TestData.Clock();
        var @case = Reported(time);

        @case.Reject(Operator, "非城管职责", time.Next());

        Assert.Equal(CaseStatus.Rejected, @case.Status);
        Assert.False(@case.IsOpen());
        Assert.Null(@case.FiledAt);
        var rejected = Assert.IsType<CaseRejected>(@case.PendingEvents()[^1]);
        Assert.Equal((Operator, "非城管职责"), (rejected.RejectedBy, rejected.Reason));
    }

    [Fact]
    public void An_unconfirmed_verification_is_recorded_and_leaves_the_decision_to_the_operator()
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.RequestVerification(Operator, Officer, null, time.Next());

        @case.SubmitVerification(Officer, false, "现场未发现", ["site.jpg"], time.Next());
        @case.Reject(Operator, "核实不属实", time.Next());

        Assert.Equal((false, "现场未发现", time.GetUtcNow().AddMinutes(-5)), (@case.Verification!.Confirmed, @case.Verification.Comment, @case.Verification.AnsweredAt));
        Assert.Equal([typeof(CaseReported), typeof(CaseVerificationRequested), typeof(CaseVerified), typeof(CaseRejected)],
            @case.PendingEvents().Select(e => e.GetType()));
    }

    [Fact]
    public void Voiding_needs_a_shift_lead_to_approve_the_dispatchers_request()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);

        @case.RequestVoid(Dispatcher, "重复上报", time.Next());
        Assert.Equal((CaseStatus.Dispatched, RequestKind.Void), (@case.Status, @case.PendingRequest!.Kind));
        @case.ApproveVoid(ShiftLead, time.Next());

        Assert.Equal(CaseStatus.Voided, @case.Status);
        Assert.Null(@case.PendingRequest);
        Assert.Equal(["void-requested", "voided"], @case.PendingEvents().TakeLast(2).Select(ExchangeVerb));
        var voided = Assert.IsType<CaseVoided>(@case.PendingEvents()[^1]);
        Assert.Equal((Dispatcher, ShiftLead, "重复上报"), (voided.RequestedBy, voided.ApprovedBy, voided.Reason));
    }

    [Fact]
    public void A_self_handled_case_is_closed_by_a_shift_lead_without_dispatch()
    {
        var time = TestData.Clock();
        var @case = Reported(time);

        @case.SelfHandle(Reporter, "已随手清理", Photo, time.Next());
        Assert.Equal((CaseStatus.Handled, true), (@case.Status, @case.SelfHandled));
        @case.Close(ShiftLead, time.Next());

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Empty(@case.Assignments);
        Assert.Equal([typeof(CaseReported), typeof(CaseSelfHandled), typeof(CaseClosed)], @case.PendingEvents().Select(e => e.GetType()));
        Assert.True(Assert.IsType<CaseClosed>(@case.PendingEvents()[^1]).SelfHandled);
        Assert.Equal(["report", "self-handle", "close"], @case.History.Select(h => h.Action));
    }

    [Fact]
    public void Supervising_flags_an_open_case_and_is_recorded_each_time()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);

        @case.Supervise(ShiftLead, "群众多次反映", time.Next());
        @case.Supervise("director-1", "限期办结", time.Next());

        Assert.True(@case.Supervised);
        Assert.Equal(CaseStatus.Dispatched, @case.Status);
        Assert.Equal(["supervise", "supervise"], @case.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal([ShiftLead, "director-1"], @case.PendingEvents().OfType<CaseSupervised>().Select(e => e.SupervisedBy));
    }

    [Fact]
    public void A_declined_request_changes_nothing_but_frees_the_case_for_another_request()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        var due = @case.Assignments[0].DueAt;
        @case.RequestExtension(Departments.Sanitation, SanitationCrew, due.AddDays(1), "车辆故障", time.Next());

        @case.DeclineRequest(Dispatcher, "不符合延期条件", time.Next());

        Assert.Null(@case.PendingRequest);
        Assert.Equal(due, @case.Assignments[0].DueAt);
        var declined = Assert.IsType<CaseRequestDeclined>(@case.PendingEvents()[^1]);
        Assert.Equal(("Extension", Departments.Sanitation, SanitationCrew, Dispatcher), (declined.RequestKind, declined.DepartmentCode, declined.RequestedBy, declined.DeclinedBy));
        @case.RequestSuspension(Departments.Sanitation, SanitationCrew, "道路施工", time.Next());
        Assert.Equal(RequestKind.Suspension, @case.PendingRequest!.Kind);
    }

    [Fact]
    public void When_the_only_department_returns_the_case_it_is_filed_again_for_redispatch()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Roads, Later(time, TimeSpan.FromDays(1)))], time.Next());
        @case.RequestReturn(Departments.Roads, RoadsHandler, "非本部门职责", time.Next());

        @case.ApproveReturn(Dispatcher, time.Next());

        Assert.Equal(CaseStatus.Filed, @case.Status);
        Assert.True(Assert.IsType<CaseReturned>(@case.PendingEvents()[^1]).AwaitsRedispatch);
        @case.Dispatch(Dispatcher, [new(Departments.Greening, Later(time, TimeSpan.FromDays(1)))], time.Next());
        Assert.Equal([AssignmentStatus.Returned, AssignmentStatus.Processing], @case.Assignments.Select(a => a.Status));
    }

    [Fact]
    public void A_case_handled_by_some_departments_is_filed_again_when_the_last_one_working_returns_it()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, time.Next());
        @case.RequestReturn(Departments.Roads, RoadsHandler, "非本部门职责", time.Next());

        @case.ApproveReturn(Dispatcher, time.Next());
        Assert.Equal(CaseStatus.Filed, @case.Status);
        @case.Dispatch(Dispatcher, [new(Departments.Greening, Later(time, TimeSpan.FromDays(1)))], time.Next());
        @case.ReportHandled(Departments.Greening, GreeningHandler, "已处理", Photo, time.Next());

        Assert.Equal(CaseStatus.Handled, @case.Status);
    }

    [Fact]
    public void Failed_recheck_sends_the_case_back_for_rework_and_counts_it()
    {
        var time = TestData.Clock();
        var @case = Checking(time);

        @case.SubmitRecheck(Officer, false, "仍未修复", ["recheck.jpg"], time.Next());

        Assert.Equal(CaseStatus.Dispatched, @case.Status);
        Assert.Equal(1, @case.ReworkCount);
        Assert.False(@case.RecheckPassed);
        Assert.All(@case.Assignments, a => Assert.Equal(AssignmentStatus.Processing, a.Status));
        Assert.All(@case.Assignments, a => Assert.Null(a.Handling));
        var rework = Assert.IsType<CaseReworkOrdered>(@case.PendingEvents()[^1]);
        Assert.Equal([Departments.Sanitation, Departments.Roads], rework.DepartmentCodes);
        Assert.Equal((1, Officer), (rework.ReworkCount, rework.OrderedBy));
        Assert.False(Assert.IsType<CaseRechecked>(@case.PendingEvents()[^2]).Passed);
    }

    [Fact]
    public void Reworks_are_counted_each_time_a_recheck_fails()
    {
        var time = TestData.Clock();
        var @case = Checking(time);

        for (var round = 0; round < 2; round++)
        {
            @case.SubmitRecheck(Officer, false, "仍未修复", [], time.Next());
            @case.ReportHandled(Departments.Sanitation, SanitationCrew, "再次处理", Photo, time.Next());
            @case.ReportHandled(Departments.Roads, RoadsHandler, "再次处理", Photo, time.Next());
            @case.RequestRecheck(Operator, Officer, time.Next());
        }

        Assert.Equal(2, @case.ReworkCount);
        Assert.Equal(2, @case.History.Count(h => h.Action == CaseActions.Rework));
    }

    [Fact]
    public void A_failed_recheck_of_a_self_handled_case_sends_it_to_be_dispatched()
    {
        var time = TestData.Clock();
        var @case = Reported(time);
        @case.SelfHandle(Reporter, "已随手清理", Photo, time.Next());
        @case.RequestRecheck(Operator, Officer, time.Next());

        @case.SubmitRecheck(Officer, false, "问题仍在", [], time.Next());

        Assert.Equal((CaseStatus.Filed, false, 1), (@case.Status, @case.SelfHandled, @case.ReworkCount));
        Assert.Empty(Assert.IsType<CaseReworkOrdered>(@case.PendingEvents()[^1]).DepartmentCodes);
    }

    [Fact]
    public void A_sanitation_task_result_handles_the_sanitation_part_of_a_dispatched_case()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        var taskId = Guid.NewGuid();

        Assert.True(@case.RecordHandlingResult(taskId, Departments.Sanitation, "已清运", Photo, SanitationCrew, time.Next()));
        Assert.False(@case.RecordHandlingResult(taskId, Departments.Sanitation, "已清运", Photo, SanitationCrew, time.Next()));

        var sanitation = @case.Assignments.Single(a => a.DepartmentCode == Departments.Sanitation);
        Assert.Equal((AssignmentStatus.Handled, "已清运"), (sanitation.Status, sanitation.Handling!.Result));
        Assert.Equal(taskId, @case.Handling!.TaskId);
        Assert.Equal(CaseStatus.Dispatched, @case.Status);
        Assert.IsType<CaseAssignmentHandled>(@case.PendingEvents()[^1]);
    }

    [Fact]
    public void A_suspension_stops_at_resume_and_each_interval_is_kept()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);

        for (var round = 0; round < 2; round++)
        {
            @case.RequestSuspension(Departments.Roads, RoadsHandler, "管网施工", time.Next());
            @case.ApproveSuspension(Dispatcher, time.Next());
            Assert.True(@case.Suspensions[^1].IsOpen);
            time.Advance(TimeSpan.FromDays(1));
            @case.Resume(Dispatcher, time);
        }

        Assert.Equal(2, @case.Suspensions.Count);
        Assert.All(@case.Suspensions, s => Assert.Equal(TimeSpan.FromDays(1), s.To - s.From));
        var resumed = Assert.IsType<CaseResumed>(@case.PendingEvents()[^1]);
        Assert.Equal(@case.Suspensions[^1].From, resumed.SuspendedFrom);
    }

    static string ExchangeVerb(object @event) =>
        ((MassTransit.EntityNameAttribute)Attribute.GetCustomAttribute(@event.GetType(), typeof(MassTransit.EntityNameAttribute))!)
            .EntityName["digitalcity.inspection.case-".Length..];
}
