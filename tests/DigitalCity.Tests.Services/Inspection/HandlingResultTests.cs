using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Inspection.Cases;
using DigitalCity.Tests.Services.Support;
using MassTransit;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>A completed sanitation task becomes the case's handling result, exactly once.</summary>
public class HandlingResultTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task Completed_task_moves_the_case_to_await_recheck_once_even_when_redelivered()
    {
        var officer = fixture.Officer("officer-handling");
        var @case = await (await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport())).ReadAsync<CaseView>();
        var completed = new SanitationTaskCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), @case.Id, "已清运", ["after.jpg"], "crew-7");
        var harness = fixture.Factory.Harness;

        await harness.Bus.Publish(completed);
        await harness.Bus.Publish(completed); // the broker's redelivery of the same event
        await harness.ConsumedAsync<SanitationTaskCompleted>(m => m.CaseId == @case.Id, count: 2);
        var handled = await Eventually.ReturnsAsync(
            async () => await (await officer.GetAsync($"/api/inspection/cases/{@case.Id}")).ReadAsync<CaseView>(),
            c => c.Status == CaseStatus.Handled);
        Assert.Equal(completed.TaskId, handled.Handling!.TaskId);
        Assert.Equal(["report", "handle"], handled.History.Select(h => h.Action));
        Assert.Equal(2, handled.Version);
        await harness.PublishedAsync<CaseHandled>(m => m.CaseId == @case.Id);
        Assert.Single(harness.PublishedNow<CaseHandled>(m => m.CaseId == @case.Id));
    }
}
