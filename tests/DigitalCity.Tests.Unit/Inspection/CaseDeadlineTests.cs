using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Tests.Unit.Inspection;

public class CaseDeadlineTests
{
    static readonly DeadlineCalculator Calculator = new(WorkCalendar.China2023());

    static Case DispatchedCase(Microsoft.Extensions.Time.Testing.FakeTimeProvider time, string limit = "2 Hours")
    {
        var @case = TestData.ReportedCase(time);
        @case.File("lead-1", Urgency.Normal, time);
        var now = time.GetUtcNow();
        @case.Dispatch("dispatcher-1", [new DepartmentAssignment("enforcement", Calculator.DueAt(new Deadline(now, TimeLimit.Parse(limit)), now), limit)], time);
        @case.MarkPersisted(1);
        return @case;
    }

    static DeadlineProgress Measure(Case @case, DateTimeOffset now) => Calculator.Evaluate(@case.DeadlineOf(@case.Assignments[0])!, now);

    [Fact]
    public void A_warning_is_raised_once_at_80_percent_and_overdue_once_past_the_limit()
    {
        var time = TestData.Clock();
        var @case = DispatchedCase(time);

        time.Advance(TimeSpan.FromMinutes(90));
        Assert.False(@case.RecordDeadline("enforcement", Measure(@case, time.GetUtcNow()), time));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(@case.RecordDeadline("enforcement", Measure(@case, time.GetUtcNow()), time));
        Assert.False(@case.RecordDeadline("enforcement", Measure(@case, time.GetUtcNow()), time));
        time.Advance(TimeSpan.FromMinutes(25));
        Assert.True(@case.RecordDeadline("enforcement", Measure(@case, time.GetUtcNow()), time));

        Assert.Equal([typeof(CaseDeadlineWarning), typeof(CaseOverdue)], @case.PendingEvents().Select(e => e.GetType()));
        Assert.Equal(DeadlineAlert.Overdue, @case.Assignments[0].Alert);
    }

    [Fact]
    public void A_suspension_stops_the_clock_and_an_extension_adds_time()
    {
        var time = TestData.Clock();
        var @case = DispatchedCase(time);
        var plannedDue = @case.Assignments[0].DueAt;

        time.Advance(TimeSpan.FromMinutes(30));
        @case.RequestSuspension("enforcement", "handler-1", "等待施工", time);
        @case.ApproveSuspension("dispatcher-1", time);
        time.Advance(TimeSpan.FromHours(1));
        @case.Resume("dispatcher-1", time);
        var afterSuspension = Measure(@case, time.GetUtcNow());

        Assert.Equal(plannedDue.AddHours(1), afterSuspension.DueAt);
        Assert.Equal(TrafficLight.Green, afterSuspension.Light);

        @case.RequestExtension("enforcement", "handler-1", plannedDue.AddHours(2), "垃圾量大", time, "1 Hours");
        @case.ApproveExtension("dispatcher-1", time);

        Assert.Equal(plannedDue.AddHours(2), Measure(@case, time.GetUtcNow()).DueAt);
    }

    [Fact]
    public void A_department_that_handled_its_part_gets_no_alert()
    {
        var time = TestData.Clock();
        var @case = DispatchedCase(time);
        @case.ReportHandled("enforcement", "handler-1", "已处理", [], time);
        time.Advance(TimeSpan.FromHours(5));

        Assert.False(@case.RecordDeadline("enforcement", Measure(@case, time.GetUtcNow()), time));
    }
}
