using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Host;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.ServiceDefaults.Sweeps;
using DigitalCity.Tests.Services.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>The deadline sweep raises a warning at 80 % and overdue past 100 %, once each, on a fake clock.</summary>
public sealed class DeadlineSweepTests : IDisposable
{
    readonly TempDirectory _data = new();
    readonly ServiceFactory<InspectionHost> _factory;

    public DeadlineSweepTests() => _factory = new ServiceFactory<InspectionHost>(_data.Path);

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task A_late_department_is_warned_then_reported_overdue_exactly_once()
    {
        var officer = _factory.ClientFor("officer-sweep", Roles.GridOfficer);
        var @case = await (await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0510"))).ReadAsync<CaseView>();
        await _factory.ClientFor("lead-1", Roles.ShiftLead).PostAsJsonAsync($"/api/inspection/cases/{@case.Id}/file", new { });
        var dispatched = await _factory.ClientFor("dispatcher-1", Roles.Dispatcher).PostAsJsonAsync($"/api/inspection/cases/{@case.Id}/dispatch",
            new { departments = new[] { new { department = "enforcement", handlingLimit = "2 Hours" } } });
        Assert.True(dispatched.IsSuccessStatusCode);
        // Acknowledged at once, so only the handling clock runs.
        Assert.True((await _factory.DepartmentClient("handler-1", "enforcement").PostAsJsonAsync($"/api/inspection/cases/{@case.Id}/acknowledge", new { })).IsSuccessStatusCode);
        // The service's own sweep runs on the real clock; this one runs the same code on a fake clock.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweep = new DeadlineSweep(_factory.Services.GetRequiredService<ICaseStore>(), _factory.Services.GetRequiredService<DeadlineCalculator>(),
            new DeadlineSweepOptions(), time, NullLogger<DeadlineSweep>.Instance);

        time.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(0, await sweep.SweepOnceAsync(default));
        time.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(1, await sweep.SweepOnceAsync(default));
        Assert.Equal(0, await sweep.SweepOnceAsync(default));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await sweep.SweepOnceAsync(default));

        var harness = _factory.Harness;
        var warning = await harness.PublishedAsync<CaseDeadlineWarning>(e => e.CaseId == @case.Id);
        await harness.PublishedAsync<CaseOverdue>(e => e.CaseId == @case.Id);
        Assert.Equal(("enforcement", DeadlineSteps.Handling), (warning.Context.Message.Department, warning.Context.Message.Step));
        Assert.Single(harness.PublishedNow<CaseDeadlineWarning>(e => e.CaseId == @case.Id));
        Assert.Single(harness.PublishedNow<CaseOverdue>(e => e.CaseId == @case.Id));
        var view = await (await _factory.ClientFor("operator-1", Roles.Operator).GetAsync($"/api/inspection/cases/{@case.Id}")).ReadAsync<CaseView>();
        Assert.Equal(DeadlineAlert.Overdue, view.Assignments.Single().Alert);
        Assert.Contains(view.History, h => h.Action == "overdue");

        var operatorClient = _factory.ClientFor("operator-1", Roles.Operator);
        var red = await (await operatorClient.GetAsync("/api/inspection/cases?alert=Overdue")).ReadAsync<DigitalCity.ServiceDefaults.Domain.Page<CaseView>>();
        var counts = await (await operatorClient.GetAsync("/api/inspection/cases/counts")).ReadJsonAsync();
        Assert.Equal([@case.Id], red.Items.Select(c => c.Id));
        Assert.Equal(1, counts.GetProperty("overdue").GetInt64());
        Assert.Equal(0, counts.GetProperty("warned").GetInt64());
        Assert.Equal(1, counts.GetProperty("byStatus").GetProperty("Dispatched").GetInt64());
    }

    [Fact]
    public async Task An_unanswered_verification_and_an_unacknowledged_task_are_reported_overdue()
    {
        var officer = _factory.ClientFor("officer-steps", Roles.GridOfficer);
        var verifying = await (await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0510"))).ReadAsync<CaseView>();
        await _factory.ClientFor("operator-1", Roles.Operator).PostAsJsonAsync($"/api/inspection/cases/{verifying.Id}/verification-request", new { officerId = "officer-steps" });
        var dispatched = await (await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0102"))).ReadAsync<CaseView>();
        await _factory.ClientFor("lead-1", Roles.ShiftLead).PostAsJsonAsync($"/api/inspection/cases/{dispatched.Id}/file", new { });
        await _factory.ClientFor("dispatcher-1", Roles.Dispatcher).PostAsJsonAsync($"/api/inspection/cases/{dispatched.Id}/dispatch",
            new { departments = new[] { new { department = "sanitation", handlingLimit = "3 NaturalDays" } } });
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweep = new DeadlineSweep(_factory.Services.GetRequiredService<ICaseStore>(), _factory.Services.GetRequiredService<DeadlineCalculator>(),
            new DeadlineSweepOptions(), time, NullLogger<DeadlineSweep>.Instance);

        time.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(2, await sweep.SweepOnceAsync(default));

        var verification = await _factory.Harness.PublishedAsync<CaseOverdue>(e => e.CaseId == verifying.Id);
        var acknowledge = await _factory.Harness.PublishedAsync<CaseOverdue>(e => e.CaseId == dispatched.Id);
        Assert.Equal((DeadlineSteps.Verification, DeadlineSteps.SupervisionCentre, "officer-steps"),
            (verification.Context.Message.Step, verification.Context.Message.Department, verification.Context.Message.OfficerId));
        Assert.Equal((DeadlineSteps.Acknowledge, "sanitation"), (acknowledge.Context.Message.Step, acknowledge.Context.Message.Department));
    }

    [Fact]
    public async Task A_sweep_that_finishes_no_pass_for_three_intervals_is_reported_degraded()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweep = new DeadlineSweep(_factory.Services.GetRequiredService<ICaseStore>(), _factory.Services.GetRequiredService<DeadlineCalculator>(),
            new DeadlineSweepOptions(), time, NullLogger<DeadlineSweep>.Instance);
        var check = new SweepHealthCheck<DeadlineSweep>(sweep, time);

        var fresh = await check.CheckHealthAsync(new HealthCheckContext());
        time.Advance(TimeSpan.FromMinutes(4));
        var stalled = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Healthy, "The first pass has not finished yet."), (fresh.Status, fresh.Description));
        Assert.Equal(HealthStatus.Degraded, stalled.Status);
        Assert.StartsWith("No pass has finished since the start", stalled.Description, StringComparison.Ordinal);
    }
}
