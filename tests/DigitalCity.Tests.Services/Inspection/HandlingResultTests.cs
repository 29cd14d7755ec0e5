using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using MassTransit;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>
/// A completed sanitation task becomes the handling result of the case's sanitation part, exactly once,
/// and only while the case is dispatched to sanitation.
/// </summary>
public class HandlingResultTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    async Task<(HttpClient Officer, CaseView Case)> ReportAsync(string officerId)
    {
        var officer = fixture.Officer(officerId);
        var @case = await (await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport())).ReadAsync<CaseView>();
        return (officer, @case);
    }

    async Task<CaseView> StepAsync(HttpClient client, Guid caseId, string step, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/inspection/cases/{caseId}/{step}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<CaseView>();
    }

    async Task DispatchToSanitationAsync(Guid caseId)
    {
        await StepAsync(fixture.Factory.ClientFor("lead-1", Roles.ShiftLead), caseId, "file");
        await StepAsync(fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher), caseId, "dispatch",
            new { departments = new[] { new { department = "sanitation", handlingLimit = "4 WorkingHours" } } });
    }

    static SanitationTaskCompleted Completed(Guid caseId) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), caseId, "已清运", ["after.jpg"], "crew-7", "sanitation");

    static async Task<CaseView> GetAsync(HttpClient officer, Guid caseId) =>
        await (await officer.GetAsync($"/api/inspection/cases/{caseId}")).ReadAsync<CaseView>();

    [Fact]
    public async Task Completed_task_moves_a_dispatched_cases_sanitation_part_to_Handled_once_even_when_redelivered()
    {
        var (officer, @case) = await ReportAsync("officer-handling");
        await DispatchToSanitationAsync(@case.Id);
        var completed = Completed(@case.Id);
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(completed);
        await harness.Bus.Publish(completed); // the broker's redelivery of the same event
        await harness.ConsumedAsync<SanitationTaskCompleted>(m => m.CaseId == @case.Id, count: 2);
        var handled = await Eventually.ReturnsAsync(() => GetAsync(officer, @case.Id), c => c.Status == CaseStatus.Handled);

        Assert.Equal(completed.TaskId, handled.Handling!.TaskId);
        var sanitation = Assert.Single(handled.Assignments);
        Assert.Equal(("sanitation", AssignmentStatus.Handled, "已清运"), (sanitation.DepartmentCode, sanitation.Status, sanitation.Handling!.Result));
        Assert.Equal(["report", "file", "dispatch", "handle"], handled.History.Select(h => h.Action));
        Assert.Equal(4, handled.Version);
        await harness.PublishedAsync<CaseHandled>(m => m.CaseId == @case.Id);
        Assert.Single(harness.PublishedNow<CaseHandled>(m => m.CaseId == @case.Id));
    }

    [Fact]
    public async Task A_task_result_for_a_reported_case_is_refused_and_dropped_without_a_fault()
    {
        var (officer, @case) = await ReportAsync("officer-reported");
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(Completed(@case.Id));
        await harness.ConsumedAsync<SanitationTaskCompleted>(m => m.CaseId == @case.Id);

        var unchanged = await GetAsync(officer, @case.Id);
        Assert.Equal((CaseStatus.Reported, 1L), (unchanged.Status, unchanged.Version));
        Assert.Null(unchanged.Handling);
        Assert.Empty(harness.PublishedNow<Fault<SanitationTaskCompleted>>(f => f.Message.CaseId == @case.Id));
        Assert.Empty(harness.PublishedNow<CaseHandled>(m => m.CaseId == @case.Id));
    }

    [Fact]
    public async Task A_task_result_while_sanitations_own_return_request_awaits_a_decision_is_kept_as_a_fault()
    {
        var (officer, @case) = await ReportAsync("officer-pending");
        await DispatchToSanitationAsync(@case.Id);
        await StepAsync(fixture.Factory.DepartmentClient("handler-sanitation", "sanitation"), @case.Id, "return-request", new { reason = "不属于环卫" });
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(Completed(@case.Id));

        await harness.PublishedAsync<Fault<SanitationTaskCompleted>>(f => f.Message.CaseId == @case.Id);
        var unchanged = await GetAsync(officer, @case.Id);
        Assert.Equal(AssignmentStatus.Processing, Assert.Single(unchanged.Assignments).Status);
        Assert.Null(unchanged.Handling);
    }
}
