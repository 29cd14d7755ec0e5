using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Tests.Unit.Sanitation;

public class SanitationTaskTests
{
    static SanitationTask Dispatched(out CaseDispatched dispatched)
    {
        dispatched = TestData.CaseDispatchedEvent("roads", "sanitation");
        return SanitationTask.FromDispatch(dispatched, dispatched.Departments[1], TestData.Clock());
    }

    [Fact]
    public void Task_from_a_dispatch_carries_the_case_and_the_departments_deadline_and_raises_SanitationTaskCreated()
    {
        var task = Dispatched(out var dispatched);

        Assert.Equal(dispatched.CaseId, task.CaseId);
        Assert.Equal((dispatched.EventId, dispatched.OccurredAt), (task.SourceEventId!.Value, task.SourceEventAt!.Value));
        Assert.Equal(("sanitation", dispatched.Departments[1].DueAt), (task.DepartmentCode, task.DueAt!.Value));
        Assert.Equal((dispatched.CategoryCode, dispatched.Location, dispatched.Address, dispatched.Description),
            (task.CategoryCode, task.Location, task.Address, task.Description));
        Assert.Equal(SanitationTaskStatus.Open, task.Status);
        var created = Assert.IsType<SanitationTaskCreated>(Assert.Single(task.PendingEvents()));
        Assert.Equal((task.Id, dispatched.CaseId, task.DueAt), (created.TaskId, created.CaseId, created.DueAt));
    }

    [Fact]
    public void A_rework_task_is_a_new_task_with_the_earlier_ones_place_and_deadline()
    {
        var time = TestData.Clock();
        var first = Dispatched(out var dispatched);
        first.Complete("crew-7", "已清运", [], time);
        var rework = new CaseReworkOrdered(Guid.NewGuid(), time.GetUtcNow(), dispatched.CaseId, dispatched.CaseNumber, "officer-2", ["sanitation"], 1);

        var task = SanitationTask.ForRework(first, rework, time);

        Assert.NotEqual(first.Id, task.Id);
        Assert.Equal((SanitationTaskStatus.Open, 1, rework.EventId), (task.Status, task.ReworkCount, task.SourceEventId!.Value));
        Assert.Equal((first.Address, first.Location, first.DueAt, first.DepartmentCode), (task.Address, task.Location, task.DueAt, task.DepartmentCode));
        Assert.Equal(SanitationTaskStatus.Completed, first.Status);
    }

    [Fact]
    public void Completing_records_the_result_and_raises_SanitationTaskCompleted_for_the_case_and_department()
    {
        var time = TestData.Clock();
        var task = Dispatched(out _);
        task.MarkPersisted(1);

        task.Complete("crew-7", "已清运", ["after.jpg"], time);

        Assert.Equal(SanitationTaskStatus.Completed, task.Status);
        var completed = Assert.IsType<SanitationTaskCompleted>(Assert.Single(task.PendingEvents()));
        Assert.Equal(task.CaseId, completed.CaseId);
        Assert.Equal("sanitation", completed.DepartmentCode);
        Assert.Equal(["after.jpg"], completed.PhotoRefs);
        Assert.Equal("crew-7", completed.CompletedBy);
    }

    [Fact]
    public void Completing_twice_is_refused_naming_the_state()
    {
        var time = TestData.Clock();
        var task = Dispatched(out _);
        task.Complete("crew-7", "已清运", [], time);

        var error = Assert.Throws<InvalidTransitionException>(() => task.Complete("crew-8", "again", [], time));

        Assert.Equal(nameof(SanitationTaskStatus.Completed), error.CurrentState);
    }

    [Fact]
    public void Cancelling_an_open_task_keeps_the_reason_and_announces_it_once_and_then_it_cannot_be_completed()
    {
        var time = TestData.Clock();
        var task = Dispatched(out _);
        task.MarkPersisted(1);

        Assert.True(task.Cancel("作废: 重复立案", time));
        Assert.False(task.Cancel("again", time));

        Assert.Equal((SanitationTaskStatus.Cancelled, "作废: 重复立案"), (task.Status, task.CancellationReason));
        var cancelled = Assert.IsType<DigitalCity.Contracts.Sanitation.SanitationTaskCancelled>(Assert.Single(task.PendingEvents()));
        Assert.Equal((task.Id, task.CaseId, "作废: 重复立案"), (cancelled.TaskId, cancelled.CaseId, cancelled.Reason));
        var error = Assert.Throws<InvalidTransitionException>(() => task.Complete("crew-7", "已清运", [], time));
        Assert.Equal(nameof(SanitationTaskStatus.Cancelled), error.CurrentState);
    }

    [Fact]
    public void A_completed_task_is_not_cancelled()
    {
        var time = TestData.Clock();
        var task = Dispatched(out _);
        task.Complete("crew-7", "已清运", [], time);

        Assert.False(task.Cancel("回退", time));

        Assert.Equal(SanitationTaskStatus.Completed, task.Status);
    }

    [Fact]
    public void An_extension_moves_an_open_tasks_deadline_only_later()
    {
        var time = TestData.Clock();
        var task = Dispatched(out _);
        var due = task.DueAt!.Value;

        Assert.True(task.Extend(due.AddHours(2)));
        Assert.False(task.Extend(due.AddHours(1)));
        Assert.False(task.Extend(due.AddHours(2)));
        task.Complete("crew-7", "已清运", [], time);
        Assert.False(task.Extend(due.AddDays(1)));

        Assert.Equal(due.AddHours(2), task.DueAt);
    }
}
