using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Tests.Unit.Sanitation;

public class SanitationTaskTests
{
    [Fact]
    public void Task_from_a_case_carries_the_case_and_raises_SanitationTaskCreated()
    {
        var reported = TestData.CaseReportedEvent();

        var task = SanitationTask.FromCase(reported, TestData.Clock());

        Assert.Equal(reported.CaseId, task.CaseId);
        Assert.Equal(SanitationTaskStatus.Open, task.Status);
        var created = Assert.IsType<SanitationTaskCreated>(Assert.Single(task.PendingEvents()));
        Assert.Equal(task.Id, created.TaskId);
        Assert.Equal(reported.CaseId, created.CaseId);
    }

    [Fact]
    public void Completing_records_the_result_and_raises_SanitationTaskCompleted_for_the_case()
    {
        var time = TestData.Clock();
        var task = SanitationTask.FromCase(TestData.CaseReportedEvent(), time);
        task.MarkPersisted(1);

        task.Complete("crew-7", "已清运", ["after.jpg"], time);

        Assert.Equal(SanitationTaskStatus.Completed, task.Status);
        var completed = Assert.IsType<SanitationTaskCompleted>(Assert.Single(task.PendingEvents()));
        Assert.Equal(task.CaseId, completed.CaseId);
        Assert.Equal(["after.jpg"], completed.PhotoRefs);
        Assert.Equal("crew-7", completed.CompletedBy);
    }

    [Fact]
    public void Completing_twice_is_refused_naming_the_state()
    {
        var time = TestData.Clock();
        var task = SanitationTask.FromCase(TestData.CaseReportedEvent(), time);
        task.Complete("crew-7", "已清运", [], time);

        var error = Assert.Throws<InvalidTransitionException>(() => task.Complete("crew-8", "again", [], time));

        Assert.Equal(nameof(SanitationTaskStatus.Completed), error.CurrentState);
    }
}
