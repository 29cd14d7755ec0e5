using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using MassTransit;

namespace DigitalCity.Tests.Services.Sanitation;

public class TasksFromCasesTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    static CaseReported Reported(string category) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "20230122ABCDEF01", category, "暴露垃圾",
            new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "路边暴露垃圾", ["before.jpg"], "officer-1");

    async Task<SanitationTaskView?> TaskForCase(Guid caseId)
    {
        var page = await (await fixture.Staff.GetAsync("/api/sanitation/tasks?pageSize=100")).ReadAsync<Page<SanitationTaskView>>();
        return page.Items.SingleOrDefault(t => t.CaseId == caseId);
    }

    async Task<SanitationTaskView> OpenTaskForNewCase()
    {
        var reported = Reported("E0105");
        await fixture.Factory.Harness.Bus.Publish(reported);
        return (await Eventually.ReturnsAsync(() => TaskForCase(reported.CaseId), t => t is not null))!;
    }

    [Fact]
    public async Task The_same_CaseReported_delivered_twice_gives_one_task()
    {
        var reported = Reported("E0102");
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(reported);
        await harness.Bus.Publish(reported);
        await harness.ConsumedAsync<CaseReported>(m => m.CaseId == reported.CaseId, count: 2);

        var page = await (await fixture.Staff.GetAsync("/api/sanitation/tasks?pageSize=100")).ReadAsync<Page<SanitationTaskView>>();
        var task = Assert.Single(page.Items, t => t.CaseId == reported.CaseId);
        Assert.Equal(SanitationTaskStatus.Open, task.Status);
        await harness.PublishedAsync<SanitationTaskCreated>(m => m.CaseId == reported.CaseId);
        Assert.Single(harness.PublishedNow<SanitationTaskCreated>(m => m.CaseId == reported.CaseId));
    }

    [Fact]
    public async Task A_case_of_another_department_creates_no_task()
    {
        var reported = Reported("E0403"); // 燃气管道破裂: the gas company's

        await fixture.Factory.Harness.Bus.Publish(reported);
        await fixture.Factory.Harness.ConsumedAsync<CaseReported>(m => m.CaseId == reported.CaseId);

        Assert.Null(await TaskForCase(reported.CaseId));
    }

    [Fact]
    public async Task Completing_a_task_publishes_the_result_for_its_case()
    {
        var task = await OpenTaskForNewCase();

        var response = await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.Id}/complete", new { result = "已清运", photoRefs = new[] { "after.jpg" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SanitationTaskStatus.Completed, (await response.ReadAsync<SanitationTaskView>()).Status);
        var published = await fixture.Factory.Harness.PublishedAsync<SanitationTaskCompleted>(m => m.TaskId == task.Id);
        Assert.NotNull(published);
        Assert.Equal(task.CaseId, published.Context.Message.CaseId);
        Assert.Equal("crew-7", published.Context.Message.CompletedBy);
        Assert.Equal(["after.jpg"], published.Context.Message.PhotoRefs);
    }

    [Fact]
    public async Task Completing_twice_is_409_naming_the_current_state()
    {
        var task = await OpenTaskForNewCase();
        await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.Id}/complete", new { result = "已清运" });

        var again = await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.Id}/complete", new { result = "again" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Completed", (await again.ReadJsonAsync()).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Completion_without_a_result_is_400_naming_it()
    {
        var task = await OpenTaskForNewCase();

        var response = await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.Id}/complete", new { photoRefs = new[] { "after.jpg" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("result", out _));
    }

    [Fact]
    public async Task Grid_officers_cannot_work_sanitation_tasks()
    {
        var officer = fixture.Factory.ClientFor("officer-1", Roles.GridOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/sanitation/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/sanitation/tasks/{Guid.NewGuid()}/complete", new { result = "x" })).StatusCode);
    }
}
