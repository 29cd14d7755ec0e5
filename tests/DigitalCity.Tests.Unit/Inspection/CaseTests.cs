using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Inspection;

public class CaseTests
{
    [Fact]
    public void Reporting_raises_CaseReported_with_the_case_data()
    {
        var time = TestData.Clock();

        var @case = TestData.ReportedCase(time);

        var reported = Assert.IsType<CaseReported>(Assert.Single(@case.PendingEvents()));
        Assert.Equal(@case.Id, reported.CaseId);
        Assert.Equal(@case.Number, reported.CaseNumber);
        Assert.Equal("E0102", reported.CategoryCode);
        Assert.Equal("暴露垃圾", reported.CategoryName);
        Assert.Equal(TestData.SpringFestival, reported.OccurredAt);
        Assert.Equal("officer-1", reported.ReportedBy);
        Assert.Equal(CaseStatus.Reported, @case.Status);
    }

    [Fact]
    public void Case_number_starts_with_the_report_date()
    {
        var @case = TestData.ReportedCase(TestData.Clock());

        Assert.StartsWith("20230122", @case.Number, StringComparison.Ordinal);
        Assert.Equal(16, @case.Number.Length);
    }

    /// <summary>Filed and dispatched to sanitation alone, due in 4 hours; the events so far are saved.</summary>
    static Case DispatchedToSanitation(FakeTimeProvider time)
    {
        var @case = TestData.ReportedCase(time);
        @case.File("lead-1", Urgency.Normal, time);
        @case.Dispatch("dispatcher-1", [new("sanitation", time.GetUtcNow().AddHours(4))], time);
        @case.MarkPersisted(3);
        return @case;
    }

    [Fact]
    public void Handling_result_moves_the_case_to_await_recheck_and_raises_CaseHandled()
    {
        var time = TestData.Clock();
        var @case = DispatchedToSanitation(time);
        var taskId = Guid.NewGuid();
        time.Advance(TimeSpan.FromHours(2));

        var changed = @case.RecordHandlingResult(taskId, "sanitation", "已清运", ["after.jpg"], "crew-7", time);

        Assert.True(changed);
        Assert.Equal(CaseStatus.Handled, @case.Status);
        Assert.Equal(taskId, @case.Handling!.TaskId);
        Assert.Equal(AssignmentStatus.Handled, Assert.Single(@case.Assignments).Status);
        var handled = Assert.IsType<CaseHandled>(Assert.Single(@case.PendingEvents()));
        Assert.Equal("已清运", handled.Result);
        Assert.Equal(TestData.SpringFestival.AddHours(2), handled.OccurredAt);
        Assert.Equal(["report", "file", "dispatch", "handle"], @case.History.Select(h => h.Action));
    }

    [Fact]
    public void A_handling_result_for_a_reported_case_is_refused_naming_the_state()
    {
        var time = TestData.Clock();
        var @case = TestData.ReportedCase(time);

        var error = Assert.Throws<InvalidTransitionException>(() =>
            @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已清运", [], "crew-7", time));

        Assert.Equal(nameof(CaseStatus.Reported), error.CurrentState);
        Assert.Null(@case.Handling);
        Assert.False(@case.AwaitsHandlingFrom("sanitation"));
    }

    [Fact]
    public void The_same_task_result_recorded_twice_changes_nothing_the_second_time()
    {
        var time = TestData.Clock();
        var @case = DispatchedToSanitation(time);
        var taskId = Guid.NewGuid();
        @case.RecordHandlingResult(taskId, "sanitation", "已清运", [], "crew-7", time);
        @case.MarkPersisted(4);

        var changed = @case.RecordHandlingResult(taskId, "sanitation", "已清运", [], "crew-7", time);

        Assert.False(changed);
        Assert.Empty(@case.PendingEvents());
        Assert.Equal(4, @case.History.Count);
    }

    [Fact]
    public void An_earlier_rounds_result_redelivered_after_rework_changes_nothing()
    {
        var time = TestData.Clock();
        var @case = DispatchedToSanitation(time);
        var firstTask = Guid.NewGuid();
        @case.RecordHandlingResult(firstTask, "sanitation", "已清运", [], "crew-7", time);
        @case.RequestRecheck("operator-1", "officer-2", time);
        @case.SubmitRecheck("officer-2", false, "仍有垃圾", [], time);
        @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已再次清运", [], "crew-7", time);
        @case.RequestRecheck("operator-1", "officer-2", time);
        @case.SubmitRecheck("officer-2", false, "还有", [], time);
        Assert.True(@case.AwaitsHandlingFrom("sanitation"));

        Assert.False(@case.RecordHandlingResult(firstTask, "sanitation", "已清运", [], "crew-7", time));

        Assert.Equal(AssignmentStatus.Processing, Assert.Single(@case.Assignments).Status);
    }

    [Fact]
    public void A_second_result_for_a_handled_case_is_an_illegal_transition_naming_the_state()
    {
        var time = TestData.Clock();
        var @case = DispatchedToSanitation(time);
        @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已清运", [], "crew-7", time);

        var error = Assert.Throws<InvalidTransitionException>(() =>
            @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "again", [], "crew-8", time));

        Assert.Equal(nameof(CaseStatus.Handled), error.CurrentState);
        Assert.False(@case.AwaitsHandlingFrom("sanitation"));
    }

    [Fact]
    public void Only_the_reporter_and_centre_staff_see_a_case()
    {
        var @case = TestData.ReportedCase(TestData.Clock(), reporter: "officer-1");

        Assert.True(@case.IsVisibleTo("officer-1", isCentreStaff: false));
        Assert.False(@case.IsVisibleTo("officer-2", isCentreStaff: false));
        Assert.True(@case.IsVisibleTo("operator-1", isCentreStaff: true));
    }
}
