using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation.Overflow;

/// <summary>Cases of an overflow category (垃圾满溢) become collection tasks whose completion goes back to the case.</summary>
public class OverflowFromCasesTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    async Task<SanitationTaskView> TaskOfCase(Guid caseId) =>
        (await Eventually.ReturnsAsync(
            async () => (await (await fixture.Staff.GetAsync("/api/sanitation/tasks?source=Case&pageSize=100")).ReadAsync<Page<SanitationTaskView>>()).Items.Where(t => t.CaseId == caseId).ToList(),
            tasks => tasks.Count > 0))[0];

    [Fact]
    public async Task An_overflow_case_opens_a_collection_task_whose_completion_goes_back_with_the_case_id()
    {
        var dispatched = CaseEvents.Dispatched(DateTimeOffset.UtcNow);
        await fixture.Factory.Harness.Bus.Publish(dispatched);

        var task = await TaskOfCase(dispatched.CaseId);
        var completion = await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.Id}/complete", new { result = "满溢垃圾已清运", photoRefs = new[] { "after.jpg" } });

        Assert.Equal((TaskSource.Case, TaskKind.Collection, "E0105", (string?)null), (task.Source, task.Kind, task.CategoryCode, task.FacilityCode));
        Assert.Equal(HttpStatusCode.OK, completion.StatusCode);
        var completed = await fixture.Factory.Harness.PublishedAsync<SanitationTaskCompleted>(m => m.TaskId == task.Id);
        Assert.Equal((dispatched.CaseId, "满溢垃圾已清运", "sanitation"), (completed.Context.Message.CaseId!.Value, completed.Context.Message.Result, completed.Context.Message.DepartmentCode));
        var collections = await (await fixture.Staff.GetAsync("/api/sanitation/tasks?kind=Collection&source=Case&pageSize=100")).ReadAsync<Page<SanitationTaskView>>();
        Assert.Contains(collections.Items, t => t.Id == task.Id);
    }

    [Fact]
    public async Task A_case_of_another_category_opens_a_general_task()
    {
        var dispatched = CaseEvents.Dispatched(DateTimeOffset.UtcNow) with { CategoryCode = "E0102", CategoryName = "暴露垃圾" };
        await fixture.Factory.Harness.Bus.Publish(dispatched);

        var task = await TaskOfCase(dispatched.CaseId);

        Assert.Equal((TaskSource.Case, TaskKind.General), (task.Source, task.Kind));
        var collections = await (await fixture.Staff.GetAsync("/api/sanitation/tasks?kind=Collection&pageSize=100")).ReadAsync<Page<SanitationTaskView>>();
        Assert.DoesNotContain(collections.Items, t => t.Id == task.Id);
    }

    [Fact]
    public async Task A_task_list_filter_that_is_not_a_source_or_kind_is_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Staff.GetAsync("/api/sanitation/tasks?source=Drone")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Staff.GetAsync("/api/sanitation/tasks?kind=Sweeping")).StatusCode);
    }
}
