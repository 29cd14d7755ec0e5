using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Host;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using MassTransit.Testing;
using Microsoft.AspNetCore.TestHost;

namespace DigitalCity.Tests.Services.Sanitation;

/// <summary>Tasks follow the cases dispatched to the sanitation department: opened, reworked, cancelled.</summary>
public class TasksFromDispatchTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    async Task<IReadOnlyList<SanitationTaskView>> TasksForCase(Guid caseId, HttpClient? client = null)
    {
        var page = await (await (client ?? fixture.Staff).GetAsync("/api/sanitation/tasks?pageSize=100")).ReadAsync<Page<SanitationTaskView>>();
        return [.. page.Items.Where(t => t.CaseId == caseId)];
    }

    async Task<SanitationTaskView> OpenTaskForNewCase(CaseDispatched? dispatched = null)
    {
        dispatched ??= CaseEvents.Dispatched(DateTimeOffset.UtcNow);
        await fixture.Factory.Harness.Bus.Publish(dispatched);
        return (await Eventually.ReturnsAsync(() => TasksForCase(dispatched.CaseId), t => t.Count > 0))[0];
    }

    async Task<HttpResponseMessage> CompleteAsync(Guid taskId, string result = "已清运") =>
        await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{taskId}/complete", new { result, photoRefs = new[] { "after.jpg" } });

    [Fact]
    public async Task A_dispatch_to_sanitation_opens_a_task_with_the_case_and_the_departments_deadline()
    {
        var dispatched = CaseEvents.Dispatched(DateTimeOffset.UtcNow, null, "roads", "sanitation");

        var task = await OpenTaskForNewCase(dispatched);

        Assert.Equal(SanitationTaskStatus.Open, task.Status);
        Assert.Equal(("sanitation", 0), (task.DepartmentCode, task.ReworkCount));
        Assert.Equal(dispatched.Departments[1].DueAt, task.DueAt);
        Assert.Equal((dispatched.CaseNumber, "E0105", "垃圾满溢"), (task.CaseNumber, task.CategoryCode, task.CategoryName));
        Assert.Equal((dispatched.Location!, dispatched.Address!, dispatched.Description!), (task.Location, task.Address, task.Description));
        Assert.Equal(["before.jpg"], task.PhotoRefs);
        var created = await fixture.Factory.Harness.PublishedAsync<SanitationTaskCreated>(m => m.CaseId == dispatched.CaseId);
        Assert.Equal((task.Id, task.DueAt), (created.Context.Message.TaskId, created.Context.Message.DueAt));
    }

    [Fact]
    public async Task The_same_CaseDispatched_delivered_twice_gives_one_task()
    {
        var dispatched = CaseEvents.Dispatched(DateTimeOffset.UtcNow);
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(dispatched);
        await harness.Bus.Publish(dispatched);
        await harness.ConsumedAsync<CaseDispatched>(m => m.CaseId == dispatched.CaseId, count: 2);

        Assert.Single(await TasksForCase(dispatched.CaseId));
        await harness.PublishedAsync<SanitationTaskCreated>(m => m.CaseId == dispatched.CaseId);
        Assert.Single(harness.PublishedNow<SanitationTaskCreated>(m => m.CaseId == dispatched.CaseId));
    }

    [Fact]
    public async Task A_dispatch_to_other_departments_only_opens_no_task()
    {
        var toGas = CaseEvents.Dispatched(DateTimeOffset.UtcNow, null, "gas", "roads");

        await fixture.Factory.Harness.Bus.Publish(toGas);
        await fixture.Factory.Harness.ConsumedAsync<CaseDispatched>(m => m.CaseId == toGas.CaseId);

        Assert.Empty(await TasksForCase(toGas.CaseId));
    }

    [Fact]
    public async Task A_reported_case_opens_no_task_until_it_is_dispatched()
    {
        var harness = fixture.Factory.Harness;
        var dispatched = CaseEvents.Dispatched(DateTimeOffset.UtcNow);
        var reported = new CaseReported(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-30), dispatched.CaseId, dispatched.CaseNumber, "E0105", "垃圾满溢",
            dispatched.Location!, dispatched.Address!, dispatched.Description!, [], "officer-1");

        await harness.Bus.Publish(reported);
        var task = await OpenTaskForNewCase(dispatched);

        Assert.Single(await TasksForCase(dispatched.CaseId));
        Assert.Equal(dispatched.Departments[0].DueAt, task.DueAt);
        Assert.Empty(harness.Consumed.Select<CaseReported>(m => m.Context.Message.CaseId == reported.CaseId));
    }

    [Fact]
    public async Task A_rework_for_sanitation_opens_a_new_task_once_with_the_first_ones_place_and_deadline()
    {
        var first = await OpenTaskForNewCase();
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(first.Id)).StatusCode);
        var rework = new CaseReworkOrdered(Guid.NewGuid(), DateTimeOffset.UtcNow, first.CaseId!.Value, first.CaseNumber!, "officer-2", ["sanitation"], 1);
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(rework);
        await harness.Bus.Publish(rework);
        await harness.ConsumedAsync<CaseReworkOrdered>(m => m.CaseId == rework.CaseId, count: 2);

        var tasks = await TasksForCase(rework.CaseId);
        Assert.Equal(2, tasks.Count);
        var again = Assert.Single(tasks, t => t.Id != first.Id);
        Assert.Equal((SanitationTaskStatus.Open, 1, first.DueAt, first.Address), (again.Status, again.ReworkCount, again.DueAt, again.Address));
        Assert.Equal(SanitationTaskStatus.Completed, tasks.Single(t => t.Id == first.Id).Status);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(again.Id, "已再次清运")).StatusCode);
        await harness.PublishedAsync<SanitationTaskCompleted>(m => m.TaskId == again.Id && m.CaseId == rework.CaseId);
    }

    [Fact]
    public async Task A_rework_for_other_departments_only_opens_no_task()
    {
        var first = await OpenTaskForNewCase();
        await CompleteAsync(first.Id);
        var rework = new CaseReworkOrdered(Guid.NewGuid(), DateTimeOffset.UtcNow, first.CaseId!.Value, first.CaseNumber!, "officer-2", ["roads"], 1);

        await fixture.Factory.Harness.Bus.Publish(rework);
        await fixture.Factory.Harness.ConsumedAsync<CaseReworkOrdered>(m => m.CaseId == rework.CaseId);

        Assert.Single(await TasksForCase(rework.CaseId));
    }

    [Fact]
    public async Task Returning_sanitations_part_cancels_its_open_task_with_the_reason_and_it_cannot_be_completed()
    {
        var task = await OpenTaskForNewCase();
        var returned = new CaseReturned(Guid.NewGuid(), DateTimeOffset.UtcNow, task.CaseId!.Value, task.CaseNumber!, "sanitation", "dispatcher-1", true);
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(returned);
        await harness.Bus.Publish(returned);
        await harness.ConsumedAsync<CaseReturned>(m => m.CaseId == returned.CaseId, count: 2);

        var cancelled = Assert.Single(await TasksForCase(returned.CaseId));
        Assert.Equal(SanitationTaskStatus.Cancelled, cancelled.Status);
        Assert.Contains("回退", cancelled.CancellationReason, StringComparison.Ordinal);
        Assert.Equal(2, cancelled.Version);
        var completion = await CompleteAsync(task.Id);
        Assert.Equal(HttpStatusCode.Conflict, completion.StatusCode);
        Assert.Equal("Cancelled", (await completion.ReadJsonAsync()).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task A_return_of_another_departments_part_leaves_the_task_open()
    {
        var task = await OpenTaskForNewCase(CaseEvents.Dispatched(DateTimeOffset.UtcNow, null, "sanitation", "roads"));
        var returned = new CaseReturned(Guid.NewGuid(), DateTimeOffset.UtcNow, task.CaseId!.Value, task.CaseNumber!, "roads", "dispatcher-1", false);

        await fixture.Factory.Harness.Bus.Publish(returned);
        await fixture.Factory.Harness.ConsumedAsync<CaseReturned>(m => m.CaseId == returned.CaseId);

        Assert.Equal(SanitationTaskStatus.Open, Assert.Single(await TasksForCase(returned.CaseId)).Status);
    }

    [Fact]
    public async Task A_return_delivered_after_a_later_redispatch_cancels_only_the_earlier_task()
    {
        var dispatchedAt = DateTimeOffset.UtcNow.AddHours(-2);
        var first = await OpenTaskForNewCase(CaseEvents.Dispatched(dispatchedAt));
        var redispatched = CaseEvents.Dispatched(dispatchedAt.AddHours(1), first.CaseId);
        await fixture.Factory.Harness.Bus.Publish(redispatched);
        await Eventually.ReturnsAsync(() => TasksForCase(redispatched.CaseId), t => t.Count == 2);
        var returned = new CaseReturned(Guid.NewGuid(), dispatchedAt.AddMinutes(30), redispatched.CaseId, redispatched.CaseNumber, "sanitation", "dispatcher-1", true);

        await fixture.Factory.Harness.Bus.Publish(returned);
        await fixture.Factory.Harness.ConsumedAsync<CaseReturned>(m => m.CaseId == returned.CaseId);

        var tasks = await TasksForCase(returned.CaseId);
        Assert.Equal(SanitationTaskStatus.Cancelled, tasks.Single(t => t.Id == first.Id).Status);
        Assert.Equal(SanitationTaskStatus.Open, tasks.Single(t => t.Id != first.Id).Status);
    }

    [Fact]
    public async Task Voiding_the_case_cancels_its_open_task_with_the_voids_reason()
    {
        var task = await OpenTaskForNewCase();
        var voided = new CaseVoided(Guid.NewGuid(), DateTimeOffset.UtcNow, task.CaseId!.Value, task.CaseNumber!, "dispatcher-1", "lead-1", "重复立案");
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(voided);
        await harness.Bus.Publish(voided);
        await harness.ConsumedAsync<CaseVoided>(m => m.CaseId == voided.CaseId, count: 2);

        var cancelled = Assert.Single(await TasksForCase(voided.CaseId));
        Assert.Equal(SanitationTaskStatus.Cancelled, cancelled.Status);
        Assert.Contains("重复立案", cancelled.CancellationReason, StringComparison.Ordinal);
        Assert.Equal(2, cancelled.Version);
    }

    [Fact]
    public async Task The_sanitation_department_code_is_configuration()
    {
        using var data = new TempDirectory();
        using var host = new ServiceFactory<SanitationHost>(data.Path);
        using var factory = host.WithWebHostBuilder(b => b.UseSetting("Sanitation:DepartmentCode", "jiefang-sanitation"));
        var staff = factory.CreateClient();
        staff.DefaultRequestHeaders.Authorization = fixture.Staff.DefaultRequestHeaders.Authorization;
        var toDefault = CaseEvents.Dispatched(DateTimeOffset.UtcNow);
        var toConfigured = CaseEvents.Dispatched(DateTimeOffset.UtcNow, null, "jiefang-sanitation");
        var harness = factory.Services.GetTestHarness();

        await harness.Bus.Publish(toDefault);
        await harness.Bus.Publish(toConfigured);
        var task = (await Eventually.ReturnsAsync(() => TasksForCase(toConfigured.CaseId, staff), t => t.Count > 0))[0];
        await harness.ConsumedAsync<CaseDispatched>(m => m.CaseId == toDefault.CaseId);

        Assert.Equal("jiefang-sanitation", task.DepartmentCode);
        Assert.Empty(await TasksForCase(toDefault.CaseId, staff));
    }

    [Fact]
    public async Task Completing_a_task_publishes_the_result_for_its_case_and_department()
    {
        var task = await OpenTaskForNewCase();

        var response = await CompleteAsync(task.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SanitationTaskStatus.Completed, (await response.ReadAsync<SanitationTaskView>()).Status);
        var published = await fixture.Factory.Harness.PublishedAsync<SanitationTaskCompleted>(m => m.TaskId == task.Id);
        Assert.Equal(task.CaseId, published.Context.Message.CaseId);
        Assert.Equal("sanitation", published.Context.Message.DepartmentCode);
        Assert.Equal("crew-7", published.Context.Message.CompletedBy);
        Assert.Equal(["after.jpg"], published.Context.Message.PhotoRefs);
    }

    [Fact]
    public async Task Completing_twice_is_409_naming_the_current_state()
    {
        var task = await OpenTaskForNewCase();
        await CompleteAsync(task.Id);

        var again = await CompleteAsync(task.Id, "again");

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

    [Fact]
    public async Task An_approved_extension_for_sanitation_moves_the_open_tasks_deadline_once()
    {
        var task = await OpenTaskForNewCase();
        var later = task.DueAt!.Value.AddHours(2);
        var extended = new CaseExtended(Guid.NewGuid(), DateTimeOffset.UtcNow, task.CaseId!.Value, task.CaseNumber!, "sanitation", "dispatcher-1", task.DueAt.Value, later);
        var earlier = extended with { EventId = Guid.NewGuid(), NewDueAt = task.DueAt.Value.AddHours(1) };
        var roads = extended with { EventId = Guid.NewGuid(), DepartmentCode = "roads", NewDueAt = later.AddDays(1) };
        var harness = fixture.Factory.Harness;

        foreach (var message in new[] { extended, extended, earlier, roads })
        {
            await harness.Bus.Publish(message);
        }

        await harness.ConsumedAsync<CaseExtended>(m => m.CaseId == task.CaseId, count: 4);
        Assert.Equal(later, Assert.Single(await TasksForCase(task.CaseId!.Value)).DueAt);
    }

    [Fact]
    public async Task A_cancelled_task_is_announced_with_its_reason()
    {
        var task = await OpenTaskForNewCase();

        await fixture.Factory.Harness.Bus.Publish(new CaseVoided(Guid.NewGuid(), DateTimeOffset.UtcNow, task.CaseId!.Value, task.CaseNumber!, "dispatcher-1", "lead-1", "重复立案"));

        var cancelled = await fixture.Factory.Harness.PublishedAsync<SanitationTaskCancelled>(m => m.TaskId == task.Id);
        Assert.Contains("重复立案", cancelled.Context.Message.Reason, StringComparison.Ordinal);
    }
}
