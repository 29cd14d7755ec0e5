using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;
using static DigitalCity.Tests.Unit.Inspection.CaseJourney;

namespace DigitalCity.Tests.Unit.Inspection;

/// <summary>What the aggregate refuses: steps in the wrong state, people not named on the case, a second request.</summary>
public class CaseTransitionRuleTests
{
    static readonly CaseStatus[] RestingStates =
    [
        CaseStatus.Reported, CaseStatus.Verifying, CaseStatus.Rejected, CaseStatus.Filed, CaseStatus.Dispatched,
        CaseStatus.Suspended, CaseStatus.Handled, CaseStatus.Checking, CaseStatus.Closed, CaseStatus.Voided,
    ];

    static readonly DateTimeOffset FarFuture = TestData.SpringFestival.AddDays(30);

    /// <summary>Each step with arguments valid for the journey's cases, and the states it is allowed from.</summary>
    static readonly Dictionary<string, (Action<Case, FakeTimeProvider> Act, CaseStatus[] AllowedFrom)> Steps = new()
    {
        ["RequestVerification"] = ((c, t) => c.RequestVerification(Operator, Officer, null, t), [CaseStatus.Reported]),
        ["SubmitVerification"] = ((c, t) => c.SubmitVerification(Officer, true, null, [], t), [CaseStatus.Verifying]),
        ["Reject"] = ((c, t) => c.Reject(Operator, "不予受理", t), [CaseStatus.Reported]),
        ["File"] = ((c, t) => c.File(ShiftLead, Urgency.Normal, t), [CaseStatus.Reported]),
        ["SelfHandle"] = ((c, t) => c.SelfHandle(Reporter, "已清理", [], t), [CaseStatus.Reported]),
        ["Dispatch"] = ((c, t) => c.Dispatch(Dispatcher, [new(Departments.Greening, FarFuture)], t), [CaseStatus.Filed, CaseStatus.Dispatched]),
        ["ReportHandled"] = ((c, t) => c.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", [], t), [CaseStatus.Dispatched]),
        ["RecordHandlingResult"] = ((c, t) => c.RecordHandlingResult(Guid.NewGuid(), Departments.Sanitation, "已清运", [], SanitationCrew, t), [CaseStatus.Dispatched]),
        ["RequestReturn"] = ((c, t) => c.RequestReturn(Departments.Sanitation, SanitationCrew, "非本部门", t), [CaseStatus.Dispatched]),
        ["ApproveReturn"] = ((c, t) => c.ApproveReturn(Dispatcher, t), []),
        ["RequestExtension"] = ((c, t) => c.RequestExtension(Departments.Sanitation, SanitationCrew, FarFuture, "延期", t), [CaseStatus.Dispatched]),
        ["ApproveExtension"] = ((c, t) => c.ApproveExtension(Dispatcher, t), []),
        ["RequestSuspension"] = ((c, t) => c.RequestSuspension(Departments.Sanitation, SanitationCrew, "挂账", t), [CaseStatus.Dispatched]),
        ["ApproveSuspension"] = ((c, t) => c.ApproveSuspension(Dispatcher, t), []),
        ["Resume"] = ((c, t) => c.Resume(Dispatcher, t), [CaseStatus.Suspended]),
        ["RequestVoid"] = ((c, t) => c.RequestVoid(Dispatcher, "重复", t), [CaseStatus.Filed, CaseStatus.Dispatched]),
        ["ApproveVoid"] = ((c, t) => c.ApproveVoid(ShiftLead, t), []),
        ["DeclineRequest"] = ((c, t) => c.DeclineRequest(Dispatcher, "驳回", t), []),
        ["RequestRecheck"] = ((c, t) => c.RequestRecheck(Operator, Officer, t), [CaseStatus.Handled]),
        ["SubmitRecheck"] = ((c, t) => c.SubmitRecheck(Officer, true, null, [], t), [CaseStatus.Checking]),
        ["Close"] = ((c, t) => c.Close(ShiftLead, t), [CaseStatus.Checking, CaseStatus.Handled]),
        ["Supervise"] = ((c, t) => c.Supervise(ShiftLead, null, t), [.. RestingStates.Except([CaseStatus.Rejected, CaseStatus.Closed, CaseStatus.Voided])]),
    };

    public static TheoryData<string, CaseStatus> IllegalSteps()
    {
        var data = new TheoryData<string, CaseStatus>();
        foreach (var (step, (_, allowedFrom)) in Steps)
        {
            foreach (var state in RestingStates.Except(allowedFrom))
            {
                data.Add(step, state);
            }
        }

        return data;
    }

    public static TheoryData<string, CaseStatus> LegalSteps()
    {
        var data = new TheoryData<string, CaseStatus>();
        foreach (var (step, (_, allowedFrom)) in Steps)
        {
            foreach (var state in allowedFrom.Where(s => step != "Close"))
            {
                data.Add(step, state);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public void A_step_from_a_state_that_does_not_allow_it_is_refused_naming_that_state(string step, CaseStatus state)
    {
        var time = TestData.Clock();
        var @case = InState(state, time);
        var history = @case.History.Count;
        var events = @case.PendingEvents().Count;

        var error = Assert.Throws<InvalidTransitionException>(() => Steps[step].Act(@case, time.Next()));

        Assert.Equal(state.ToString(), error.CurrentState);
        Assert.Equal(state, @case.Status);
        Assert.Equal(history, @case.History.Count);
        Assert.Equal(events, @case.PendingEvents().Count);
    }

    [Theory]
    [MemberData(nameof(LegalSteps))]
    public void A_step_from_a_state_that_allows_it_appends_history_and_raises_an_event(string step, CaseStatus state)
    {
        var time = TestData.Clock();
        var @case = InState(state, time);
        var history = @case.History.Count;
        var events = @case.PendingEvents().Count;

        Steps[step].Act(@case, time.Next());

        Assert.Equal(history + 1, @case.History.Count);
        Assert.Equal(events + 1, @case.PendingEvents().Count);
        Assert.Equal(@case.Status, @case.History[^1].StatusAfter);
    }

    [Fact]
    public void Only_the_officer_asked_to_verify_may_submit_the_verification()
    {
        var time = TestData.Clock();
        var @case = InState(CaseStatus.Verifying, time);

        Assert.Throws<AccessDeniedException>(() => @case.SubmitVerification("officer-9", true, null, [], time));

        Assert.Equal(CaseStatus.Verifying, @case.Status);
    }

    [Fact]
    public void Only_the_officer_asked_to_recheck_may_submit_the_recheck()
    {
        var time = TestData.Clock();
        var @case = Checking(time);

        Assert.Throws<AccessDeniedException>(() => @case.SubmitRecheck(Reporter, true, null, [], time));

        Assert.Null(@case.Recheck!.Passed);
    }

    [Fact]
    public void Only_the_reporter_may_handle_a_case_on_the_spot()
    {
        var time = TestData.Clock();
        var @case = Reported(time);

        Assert.Throws<AccessDeniedException>(() => @case.SelfHandle(Officer, "已清理", [], time));
    }

    [Fact]
    public void A_case_the_centre_asked_to_verify_can_no_longer_be_self_handled()
    {
        var time = TestData.Clock();
        var @case = InState(CaseStatus.Verifying, time);
        @case.SubmitVerification(Officer, true, null, [], time.Next());

        Assert.Throws<InvalidTransitionException>(() => @case.SelfHandle(Reporter, "已清理", [], time.Next()));
    }

    public static TheoryData<string> DepartmentSteps() => ["ReportHandled", "RequestReturn", "RequestExtension", "RequestSuspension"];

    [Theory]
    [MemberData(nameof(DepartmentSteps))]
    public void A_department_the_case_is_not_dispatched_to_may_not_act_on_it(string step)
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Roads, FarFuture)], time.Next());

        Assert.Throws<AccessDeniedException>(() => Steps[step].Act(@case, time.Next()));

        Assert.Null(@case.PendingRequest);
    }

    [Theory]
    [MemberData(nameof(DepartmentSteps))]
    public void A_department_whose_return_was_approved_may_no_longer_act_on_the_case(string step)
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.RequestReturn(Departments.Sanitation, SanitationCrew, "非本部门", time.Next());
        @case.ApproveReturn(Dispatcher, time.Next());

        Assert.Throws<AccessDeniedException>(() => Steps[step].Act(@case, time.Next()));
    }

    [Fact]
    public void A_department_that_has_handled_its_part_cannot_report_or_ask_again()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", [], time.Next());

        var error = Assert.Throws<InvalidTransitionException>(() => @case.ReportHandled(Departments.Sanitation, SanitationCrew, "again", [], time.Next()));
        Assert.Equal(nameof(AssignmentStatus.Handled), error.CurrentState);
        Assert.Throws<InvalidTransitionException>(() => @case.RequestExtension(Departments.Sanitation, SanitationCrew, FarFuture, "延期", time.Next()));
    }

    [Fact]
    public void A_sanitation_task_result_for_a_case_dispatched_elsewhere_is_refused()
    {
        var time = TestData.Clock();
        var @case = Filed(time);
        @case.Dispatch(Dispatcher, [new(Departments.Roads, FarFuture)], time.Next());

        Assert.Throws<AccessDeniedException>(() =>
            @case.RecordHandlingResult(Guid.NewGuid(), Departments.Sanitation, "已清运", [], SanitationCrew, time.Next()));
    }

    public static TheoryData<string, string> RequestPairs()
    {
        string[] requests = ["RequestReturn", "RequestExtension", "RequestSuspension", "RequestVoid"];
        var data = new TheoryData<string, string>();
        foreach (var first in requests)
        {
            foreach (var second in requests)
            {
                data.Add(first, second);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequestPairs))]
    public void A_second_request_is_refused_while_one_awaits_a_decision(string first, string second)
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        Steps[first].Act(@case, time.Next());
        var pending = @case.PendingRequest;

        var error = Assert.Throws<InvalidTransitionException>(() => Steps[second].Act(@case, time.Next()));

        Assert.Equal(nameof(CaseStatus.Dispatched), error.CurrentState);
        Assert.Same(pending, @case.PendingRequest);
    }

    [Fact]
    public void Another_department_asks_only_after_the_pending_request_is_decided()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.RequestExtension(Departments.Sanitation, SanitationCrew, FarFuture, "延期", time.Next());

        Assert.Throws<InvalidTransitionException>(() => @case.RequestSuspension(Departments.Roads, RoadsHandler, "施工", time.Next()));
        @case.ApproveExtension(Dispatcher, time.Next());
        @case.RequestSuspension(Departments.Roads, RoadsHandler, "施工", time.Next());

        Assert.Equal((RequestKind.Suspension, Departments.Roads), (@case.PendingRequest!.Kind, @case.PendingRequest.DepartmentCode));
    }

    [Fact]
    public void A_department_reports_its_result_only_after_its_own_request_is_decided()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.RequestExtension(Departments.Sanitation, SanitationCrew, FarFuture, "延期", time.Next());

        Assert.Throws<InvalidTransitionException>(() => @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", [], time.Next()));
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", [], time.Next());

        Assert.Equal(AssignmentStatus.Handled, @case.Assignments.Single(a => a.DepartmentCode == Departments.Roads).Status);
    }

    public static TheoryData<string, string> MismatchedApprovals() => new()
    {
        { "RequestReturn", "ApproveExtension" },
        { "RequestExtension", "ApproveSuspension" },
        { "RequestSuspension", "ApproveVoid" },
        { "RequestVoid", "ApproveReturn" },
    };

    [Theory]
    [MemberData(nameof(MismatchedApprovals))]
    public void An_approval_must_match_the_kind_of_the_pending_request(string request, string approval)
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        Steps[request].Act(@case, time.Next());

        Assert.Throws<InvalidTransitionException>(() => Steps[approval].Act(@case, time.Next()));

        Assert.NotNull(@case.PendingRequest);
    }

    [Fact]
    public void An_extension_must_move_the_due_instant_later()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        var due = @case.Assignments[0].DueAt;

        Assert.Throws<ArgumentOutOfRangeException>(() => @case.RequestExtension(Departments.Sanitation, SanitationCrew, due, "延期", time.Next()));
        Assert.Null(@case.PendingRequest);
    }

    [Fact]
    public void A_case_is_not_dispatched_twice_to_a_department_working_on_it()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);

        Assert.Throws<InvalidTransitionException>(() => @case.Dispatch(Dispatcher, [new(Departments.Roads, FarFuture)], time.Next()));
        Assert.Throws<ArgumentException>(() => @case.Dispatch(Dispatcher, [], time.Next()));
        Assert.Throws<ArgumentException>(() => @case.Dispatch(Dispatcher, [new(Departments.Greening, FarFuture), new(Departments.Greening, FarFuture)], time.Next()));
        Assert.Equal(2, @case.Assignments.Count);
    }

    [Fact]
    public void A_case_is_closed_only_after_a_passed_recheck()
    {
        var time = TestData.Clock();
        var handled = Handled(time);
        var checking = Checking(time);

        Assert.Equal(nameof(CaseStatus.Handled), Assert.Throws<InvalidTransitionException>(() => handled.Close(ShiftLead, time)).CurrentState);
        Assert.Equal(nameof(CaseStatus.Checking), Assert.Throws<InvalidTransitionException>(() => checking.Close(ShiftLead, time)).CurrentState);
    }

    [Fact]
    public void A_recheck_is_answered_once()
    {
        var time = TestData.Clock();
        var @case = Checking(time);
        @case.SubmitRecheck(Officer, true, null, [], time.Next());

        Assert.Throws<InvalidTransitionException>(() => @case.SubmitRecheck(Officer, false, null, [], time.Next()));
        Assert.True(@case.RecheckPassed);
    }

    [Fact]
    public void A_void_request_overtaken_by_handling_can_only_be_declined()
    {
        var time = TestData.Clock();
        var @case = Dispatched(time);
        @case.RequestVoid(Dispatcher, "重复上报", time.Next());
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", [], time.Next());
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", [], time.Next());

        Assert.Throws<InvalidTransitionException>(() => @case.ApproveVoid(ShiftLead, time.Next()));
        @case.DeclineRequest(ShiftLead, "已处置完毕", time.Next());

        Assert.Equal(CaseStatus.Handled, @case.Status);
        Assert.Null(@case.PendingRequest);
    }

    [Fact]
    public void A_suspended_case_takes_no_results_until_it_resumes()
    {
        var time = TestData.Clock();
        var @case = InState(CaseStatus.Suspended, time);

        Assert.Throws<InvalidTransitionException>(() => @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", [], time.Next()));
        @case.Resume(Dispatcher, time.Next());
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", [], time.Next());
    }
}
